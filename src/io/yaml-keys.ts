// Keys written as a list or a mapping (`[a]: b`, `{ x: 1 }: y`, `? - a`). Every key of a plan or a catalogue is text;
// read as they are, such keys are turned into strings by the YAML library, which takes time that grows with their
// nesting and warns on stderr. They are found in the parsed document, before anything is read from it.
import { isCollection, isPair, isSeq, type Document, type Node } from 'yaml';

export interface CollectionKey {
  /** Where the key starts (an offset in the text), and what it is. */
  offset: number;
  end: number;
  kind: 'list' | 'map';
}

/** Every key that is a list or a mapping, outermost only, in file order. Walks without recursion, however deep. */
export function collectionKeys(doc: Document.Parsed): CollectionKey[] {
  const found: CollectionKey[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isPair(node)) {
      const key = node.key as Node | null;
      if (isCollection(key)) found.push({ offset: key.range?.[0] ?? 0, end: key.range?.[1] ?? 0, kind: isSeq(key) ? 'list' : 'map' });
      stack.push(node.value);
    } else if (isCollection(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}
