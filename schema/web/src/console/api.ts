// The console's one way to the server: GraphQL over POST /graphql, with the session's token, merchant and
// language. The console has no endpoint of its own: whatever it does, any client of the API can do.
import { session } from "./session";

export interface UserError {
  field: string | null;
  code: string;
  message: string;
}

/** A refusal of the whole request (top-level GraphQL error), with the API's code. */
export class ApiError extends Error {
  constructor(message: string, public code: string, public field: string | null = null) {
    super(message);
  }
}

/** A mutation's payload errors: each names its input field, so forms show them beside the field. */
export class PayloadErrors extends Error {
  constructor(public errors: UserError[]) {
    super(errors.map((e) => e.message).join("; "));
  }
}

/** What to tell the user about a failure: the API's own message (in their language), or the error's text. */
export function messageOf(error: unknown): string {
  return error instanceof ApiError || error instanceof PayloadErrors ? error.message : String(error);
}

/** Marks a GraphQL document for graphql-codegen (src/generated/graphql.ts types it); returns it unchanged. */
export const gql = (strings: TemplateStringsArray, ...values: unknown[]): string =>
  strings.reduce((text, part, i) => text + part + (i < values.length ? String(values[i]) : ""), "");

export function headers(): Record<string, string> {
  const result: Record<string, string> = { "Content-Type": "application/json", "Accept-Language": session.locale };
  if (session.token) result.Authorization = `Bearer ${session.token}`;
  if (session.merchant) result["X-Merchant"] = session.merchant;
  return result;
}

/** Runs an operation; `T` is its result type as graphql-codegen generated it from schema.graphql (src/generated). */
export async function request<T, V extends object = Record<string, unknown>>(query: string, variables?: V): Promise<T> {
  let response: Response;
  try {
    response = await fetch(new URL("/graphql", window.location.href), {
      method: "POST",
      headers: headers(),
      body: JSON.stringify({ query, variables: variables ?? {} }),
    });
  } catch (error) {
    throw new ApiError(String(error), "NETWORK");
  }
  const body = await response.json().catch(() => null);
  const first = body?.errors?.[0];
  if (first) {
    const code = first.extensions?.code ?? "ERROR";
    if (code === "UNAUTHENTICATED" && session.token) session.expired();
    throw new ApiError(first.message, code, first.extensions?.field ?? null);
  }
  if (!response.ok || !body?.data) throw new ApiError(`HTTP ${response.status}`, "HTTP");
  return body.data as T;
}

/** Runs a mutation and answers its payload (`data[field]`); payload errors are thrown as PayloadErrors. */
export async function mutate<T extends Record<string, any>, K extends keyof T & string = keyof T & string>(
  query: string, variables: object, field: K): Promise<T[K]> {
  const data = await request<T, object>(query, variables);
  const payload = data[field];
  if (payload.errors.length) throw new PayloadErrors(payload.errors);
  return payload;
}
