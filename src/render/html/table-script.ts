// The one script of a document, inline and small: tables marked `data-sortable` get a labelled filter field and a
// sort button in every column head (aria-sort says the order). Without JavaScript the tables are plain tables.
// A row of class `sub` belongs to the row above it (a school unit under its organiser) and moves and hides with it.
import type { HtmlText } from '../../i18n/html.ts';

export function TABLE_SCRIPT(t: HtmlText): string {
  const text = JSON.stringify({
    sortBy: t.table.sortBy('\u0000'),
    filter: t.table.filter,
    hint: t.table.filterHint,
    shown: t.table.shown(-1, -2),
    shownOne: t.table.shown(-1, 1),
  }).replace(/</g, '\\u003c');
  return `(function(){var T=${text};
function key(c){var s=c.getAttribute('data-sort');if(s===null)s=c.textContent.trim();var n=s.replace(/[\\s\\u00a0\\u2009]/g,'').replace(/^[\\u2591-\\u2593\\u2588]/,'').replace('\\u2212','-').replace(',','.');return n!==''&&!isNaN(Number(n))?{n:Number(n)}:{s:s.toLowerCase()};}
function cmp(a,b){if(a.n!==undefined&&b.n!==undefined)return a.n-b.n;if(a.n!==undefined)return -1;if(b.n!==undefined)return 1;return a.s.localeCompare(b.s,document.documentElement.lang);}
document.querySelectorAll('table[data-sortable]').forEach(function(table){
var body=table.tBodies[0],groups=[];
Array.prototype.forEach.call(body.rows,function(r){if(r.classList.contains('sub')&&groups.length)groups[groups.length-1].push(r);else groups.push([r]);});
groups.forEach(function(g,i){g.i=i;});
var id=table.id,box=document.createElement('div');box.className='filter';
var label=document.createElement('label');label.htmlFor=id+'-filter';label.textContent=T.filter;
var input=document.createElement('input');input.type='search';input.id=id+'-filter';input.setAttribute('aria-describedby',id+'-hint');
var hint=document.createElement('span');hint.className='hint';hint.id=id+'-hint';hint.textContent=T.hint;
var status=document.createElement('span');status.setAttribute('role','status');status.className='hint';
box.append(label,input,hint,status);
var place=table.closest('.table-wrap')||table;place.parentNode.insertBefore(box,place);
input.addEventListener('input',function(){var q=input.value.trim().toLowerCase(),n=0;
groups.forEach(function(g){var hit=!q||g.some(function(r){return r.textContent.toLowerCase().indexOf(q)>=0;});g.forEach(function(r){r.hidden=!hit;});if(hit)n++;});
status.textContent=q?(groups.length===1?T.shownOne:T.shown).replace('-1',n).replace('-2',groups.length):'';});
var heads=table.tHead.rows[0].cells;
Array.prototype.forEach.call(heads,function(th,col){
var b=document.createElement('button');b.type='button';b.className='sort';
while(th.firstChild)b.appendChild(th.firstChild);
var arrow=document.createElement('span');arrow.className='arrow';arrow.setAttribute('aria-hidden','true');b.appendChild(arrow);
b.title=T.sortBy.replace('\\u0000',b.textContent);th.appendChild(b);
b.addEventListener('click',function(){var dir=th.getAttribute('aria-sort')==='ascending'?'descending':'ascending';
Array.prototype.forEach.call(heads,function(h){h.removeAttribute('aria-sort');var a=h.querySelector('.arrow');if(a)a.textContent='';});
th.setAttribute('aria-sort',dir);arrow.textContent=dir==='ascending'?'\\u25b2':'\\u25bc';
var k=groups.map(function(g){return{g:g,k:key(g[0].cells[col])};});
k.sort(function(x,y){var c=cmp(x.k,y.k);return (dir==='ascending'?c:-c)||x.g.i-y.g.i;});
k.forEach(function(x){x.g.forEach(function(r){body.appendChild(r);});});});});});})();`;
}
