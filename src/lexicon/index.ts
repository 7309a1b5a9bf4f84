import { ENTITIES } from "./entities.js";
import { ROLES } from "./roles.js";
import { EntitySchema, RoleRecordSchema, type Entity, type RoleRecord } from "./types.js";

export type { Entity, RoleRecord } from "./types.js";
export { CORE_TOPICS } from "./topics.js";

// Checked against their schemas (which fill the defaults) on first use, not at import.
let entities: Map<string, Entity> | undefined;
let roles: Map<string, RoleRecord> | undefined;
const entityById = (): Map<string, Entity> => (entities ??= new Map(ENTITIES.map((e) => { const v = EntitySchema.parse(e); return [v.id, v]; })));
const roleById = (): Map<string, RoleRecord> => (roles ??= new Map(ROLES.map((r) => { const v = RoleRecordSchema.parse(r); return [v.id, v]; })));

/** The shared entity record for an id, or undefined. */
export const getEntity = (id: string): Entity | undefined => entityById().get(id);
/** The shared role record for an id, or undefined. */
export const getRole = (id: string): RoleRecord | undefined => roleById().get(id);
/** Every shared entity. */
export const allEntities = (): Iterable<Entity> => entityById().values();

/**
 * The holders of a role on a date (ISO, inclusive bounds), most recent first. Without a date,
 * every holder, most recent first.
 */
export function roleHoldersOn(role: RoleRecord, date: string | null): string[] {
  const d = date?.slice(0, 10) ?? null;
  const ok = role.holders.filter((h) => !d || ((!h.from || h.from <= d) && (!h.to || d <= h.to)));
  return [...ok].sort((a, b) => (b.from ?? "").localeCompare(a.from ?? "")).map((h) => h.id);
}

/** The issuer of a first-party document recognised from its url or outlet (kremlin.ru → Kremlin). */
export function issuerFromSource(url: string | null | undefined, outlet: string | null | undefined): Entity | undefined {
  let host = "";
  if (url) {
    try { host = new URL(url).hostname.toLowerCase(); } catch { host = ""; }
  }
  const out = outlet?.trim().toLowerCase() ?? "";
  for (const e of entityById().values()) {
    if (host && e.domains.some((d) => host === d || host.endsWith(`.${d}`))) return e;
    if (out && e.outlets.some((o) => o.toLowerCase() === out)) return e;
  }
  return undefined;
}

/** The shared entity an issuer name refers to ("Kremlin", "The White House"), if any. */
export function issuerFromName(name: string): Entity | undefined {
  const n = name.trim().toLowerCase().replace(/^the /, "");
  for (const e of entityById().values()) {
    if (e.id === n || e.name.toLowerCase() === n || e.outlets.some((o) => o.toLowerCase().replace(/^the /, "") === n) || e.names.some((x) => x.toLowerCase() === n)) return e;
  }
  return undefined;
}
