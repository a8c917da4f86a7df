// The questionnaire's style sheet: one column that reflows down to 320 CSS px, visible focus, system fonts only.
export const FORM_STYLE = `
:root{color-scheme:light;--ink:#1b1b1b;--muted:#4a4a4a;--line:#767676;--accent:#0b4f8a;--error:#a4000f;--bg-soft:#f3f5f8}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%;scroll-padding-top:4rem}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;font-size:1rem;line-height:1.5;color:var(--ink);background:#fff;overflow-wrap:anywhere}
header,main{max-width:48rem;margin:0 auto;padding:1rem}
header{border-bottom:1px solid var(--line)}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0}
h2{font-size:1.35rem;line-height:1.3;margin:2rem 0 .5rem;padding-top:.5rem;border-top:2px solid var(--accent)}
h3{font-size:1.1rem;margin:1.5rem 0 .5rem}
p{margin:.5rem 0}
.meta{color:var(--muted);margin:0}
.privacy{background:var(--bg-soft);border-left:4px solid var(--accent);padding:.75rem 1rem}
.warning{background:var(--bg-soft);border-left:4px solid var(--error);padding:.75rem 1rem;font-weight:600}
.warning[hidden]{display:none}
fieldset{border:1px solid var(--line);border-radius:4px;margin:1rem 0;padding:.75rem 1rem;min-width:0}
fieldset fieldset{border:0;border-top:1px solid #c8c8c8;border-radius:0;margin:.75rem 0 0;padding:.5rem 0 0}
legend{font-weight:600;padding:0 .25rem}
fieldset fieldset>legend{padding:0}
.indicator>legend{font-size:1.05rem}
.id{font-variant-numeric:tabular-nums;color:var(--muted);margin-right:.35rem}
.question{font-weight:500}
details{margin:.5rem 0}
summary{cursor:pointer;color:var(--accent);text-decoration:underline}
.choice{display:flex;gap:.5rem;align-items:flex-start;padding:.25rem 0}
.choice input{flex:none;width:1.25rem;height:1.25rem;margin:.15rem 0 0}
.choice label{flex:1 1 auto;min-width:0}
.targets{display:flex;flex-wrap:wrap;gap:0 1.25rem}
label.field{display:block;font-weight:600;margin-top:.75rem}
textarea,input[type=text]{display:block;width:100%;max-width:100%;font:inherit;padding:.4rem .5rem;border:1px solid var(--line);border-radius:4px;color:var(--ink);background:#fff}
textarea{min-height:3.5rem;resize:vertical}
.hint{color:var(--muted);font-size:.95rem;margin:.25rem 0}
.error{color:var(--error);font-weight:600;margin:.25rem 0}
.error[hidden]{display:none}
[aria-invalid=true]{outline:2px solid var(--error);outline-offset:2px}
.progress{position:sticky;top:0;z-index:1;background:#fff;border-bottom:1px solid var(--line);padding:.5rem 0;margin:0;font-weight:600}
.actions{margin:2rem 0;display:flex;flex-wrap:wrap;gap:.75rem;align-items:center}
button{font:inherit;font-weight:600;padding:.6rem 1.1rem;border-radius:4px;border:2px solid var(--accent);cursor:pointer}
button.primary{background:var(--accent);color:#fff}
button.secondary{background:#fff;color:var(--accent)}
.message{min-height:1.5rem}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
input:focus-visible,textarea:focus-visible,button:focus-visible,summary:focus-visible{outline:3px solid var(--accent);outline-offset:2px;box-shadow:0 0 0 5px #fff}
@media (prefers-reduced-motion:reduce){*{scroll-behavior:auto}}
@media print{.actions,.progress{display:none}}
`.trim();
