// One kind of record a tenant (or a sandbox, computer or deployment) owns, by id. The handlers all
// need the same few steps around such a map: look a record up or answer 404, list newest first
// with filters and a cursor, add, delete. They live here so that the 404 message, the page shape
// and the duplicate-name conflict are written once and read the same for every collection.
import { conflict, newestFirst, notFound, paginate } from './handler-kit.js';

export interface Page<V> {
  data: V[];
  next_cursor: string | null;
  has_more: boolean;
}

type Keep<T> = (rec: T) => boolean;
const all = (): boolean => true;

/** Still a `Map`, so code that only reads (`get`, `values`, `has`) stays as it was. */
export class Collection<T extends { id: string }> extends Map<string, T> {
  /** `noun` is how answers name one record: "Cron job cron_x not found.". */
  constructor(readonly noun: string) {
    super();
  }

  /** The record, or the API's 404 `NOT_FOUND` "<noun> <id> not found.". */
  getOr404(id: string): T {
    const rec = this.get(id);
    if (!rec) throw notFound(this.noun, id);
    return rec;
  }

  add(rec: T): T {
    this.set(rec.id, rec);
    return rec;
  }

  /** Deletes the record, answering 404 when there is none. */
  remove(id: string): T {
    const rec = this.getOr404(id);
    this.delete(id);
    return rec;
  }

  /** Creating a second record with a taken name answers 409 `code`. */
  assertNameFree(this: Collection<T & { name: string }>, name: string, code: string): void {
    for (const rec of this.values()) {
      if (rec.name === name) throw conflict(code, `A ${this.noun.toLowerCase()} named ${name} already exists.`);
    }
  }

  /** The records `keep` accepts, newest first, as views. */
  list<V>(view: (rec: T) => V, keep: Keep<T> = all): V[] {
    return newestFirst(this).filter(keep).map((rec) => view(rec));
  }

  /**
   * One cursor page of `list`. Only the records on the page become views: some views refresh the
   * record they read (deployments), and asking for a page should not refresh the records it skips.
   */
  page<V>(query: { limit?: number; cursor?: string }, view: (rec: T) => V, keep: Keep<T> = all): Page<V> {
    const p = paginate(newestFirst(this).filter(keep), query.limit, query.cursor);
    return { ...p, data: p.data.map((rec) => view(rec)) };
  }
}
