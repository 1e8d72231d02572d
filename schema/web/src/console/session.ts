// Who is signed in, in which merchant, with which roles, and what they may do there. The API decides every
// request; `access` (the root fields the caller may use) only lets the console hide what would be refused.
import { reactive } from "vue";

export interface Membership {
  merchantSlug: string;
  merchantName: string;
  roles: string[];
}

export interface Session {
  token: string | null;
  expiresAt: string | null;
  merchant: string | null;
  locale: "zh-CN" | "en";
  user: { id: string; displayName: string; memberships: Membership[] } | null;
  queries: Set<string>;
  mutations: Set<string>;
  roles: string[];
  expired(): void;
  can(field: string): boolean;
}

const stored = (key: string) => window.localStorage.getItem(`fenxiao.${key}`);

export const session: Session = reactive({
  token: stored("token"),
  expiresAt: stored("expiresAt"),
  merchant: stored("merchant"),
  locale: (stored("locale") as "zh-CN" | "en") || "zh-CN", // Chinese unless the user chose English
  user: null,
  queries: new Set<string>(),
  mutations: new Set<string>(),
  roles: [],
  expired() {
    forget();
  },
  can(field: string) {
    return this.queries.has(field) || this.mutations.has(field);
  },
}) as Session;

export function remember(key: "token" | "expiresAt" | "merchant" | "locale", value: string | null): void {
  if (value === null) window.localStorage.removeItem(`fenxiao.${key}`);
  else window.localStorage.setItem(`fenxiao.${key}`, value);
  (session as unknown as Record<string, unknown>)[key] = value;
}

export function forget(): void {
  remember("token", null);
  remember("expiresAt", null);
  session.user = null;
  session.queries = new Set();
  session.mutations = new Set();
  session.roles = [];
}

export function signedIn(): boolean {
  return Boolean(session.token && (!session.expiresAt || Date.parse(session.expiresAt) > Date.now()));
}
