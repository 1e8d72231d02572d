// What the console loads once per merchant: who the caller is, what they may do, the admin models' metadata.
import { reactive } from "vue";
import { gql, request } from "./api";
import type { ConsoleAccessQuery, ConsoleAdminModelsQuery, ConsoleMeQuery } from "../generated/graphql";
import { MODELS_QUERY, type Model } from "./models";
import { session } from "./session";

export const store = reactive({
  models: new Map<string, Model>(),
  loaded: false,
});

const ME = gql`
  query ConsoleMe {
    me { id displayName memberships { merchantSlug merchantName roles } }
  }
`;

const ACCESS = gql`
  query ConsoleAccess {
    access { queries mutations roles }
  }
`;

export async function loadUser(): Promise<void> {
  const data = await request<ConsoleMeQuery>(ME);
  session.user = data.me;
}

/** The caller's access and the models they may read in the chosen merchant. */
export async function loadMerchant(): Promise<void> {
  const [access, models] = await Promise.all([
    request<ConsoleAccessQuery>(ACCESS),
    request<ConsoleAdminModelsQuery>(MODELS_QUERY),
  ]);
  session.queries = new Set(access.access.queries);
  session.mutations = new Set(access.access.mutations);
  session.roles = access.access.roles;
  store.models = new Map(models.adminModels.map((m) => [m.name, m]));
  store.loaded = true;
}
