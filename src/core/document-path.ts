// How a document (a plan, a comparison, an overview) names an input file: as the user gave it when that is relative,
// but never with the absolute path of the user's machine (a home folder, a user name): then only the file and the
// folder it lies in.

/** True for `/home/…`, `C:\…`, `C:/…` and `\\server\…`. */
function isAbsolutePath(p: string): boolean {
  return p.startsWith('/') || p.startsWith('\\') || /^[A-Za-z]:[\\/]/.test(p);
}

export function documentPath(p: string): string {
  if (!isAbsolutePath(p)) return p;
  const parts = p.split(/[\\/]+/).filter((s) => s !== '' && !/^[A-Za-z]:$/.test(s));
  return parts.slice(-2).join('/');
}
