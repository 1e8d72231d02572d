// Hash routes (/console/#/withdrawals): the server serves one page whatever the route (schema/pages.py).
import { createRouter, createWebHashHistory } from "vue-router";
import { session, signedIn } from "./session";

/** The workflow pages in the order the menu shows them (each a route below). */
export const WORK = ["orders", "withdrawals", "applications", "social", "resellers", "territories", "pickups", "suppliers", "plugins"];

/** Where a caller lands after choosing a merchant: the dashboard, else the first workflow page they may open. */
export function landing(): string {
  if (session.can("salesReport")) return "/";
  const page = WORK.find((key) => allowed(router.getRoutes().find((r) => r.path === `/${key}`)?.meta.needs as string[] | string | undefined));
  return page ? `/${page}` : "/forbidden";
}

/** Whether the caller may use a page: any one of the root fields it needs (the API decides each request). */
export function allowed(needs: string | string[] | undefined): boolean {
  if (!needs) return true;
  return (Array.isArray(needs) ? needs : [needs]).some((field) => session.can(field));
}

export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: "/signin", component: () => import("./pages/SignIn.vue"), meta: { public: true } },
    { path: "/", component: () => import("./pages/Dashboard.vue"), meta: { needs: "salesReport" } },
    { path: "/withdrawals", component: () => import("./pages/Withdrawals.vue"), meta: { needs: "withdrawalApprove" } },
    { path: "/plugins", component: () => import("./pages/Plugins.vue"), meta: { needs: "merchantPlugins" } },
    { path: "/orders", component: () => import("./pages/Orders.vue"), meta: { needs: "orderShip" } },
    { path: "/applications", component: () => import("./pages/Applications.vue"),
      meta: { needs: ["socialApplicationReview", "orderingResellerReview", "agentApplicationReview", "supplierReview"] } },
    { path: "/social", component: () => import("./pages/SocialTree.vue"), meta: { needs: "socialMemberMove" } },
    { path: "/resellers", component: () => import("./pages/Resellers.vue"), meta: { needs: "orderingStockReport" } },
    { path: "/territories", component: () => import("./pages/Territories.vue"), meta: { needs: "agentApplicationReview" } },
    { path: "/pickups", component: () => import("./pages/Pickups.vue"), meta: { needs: "storePickups" } },
    { path: "/suppliers", component: () => import("./pages/Suppliers.vue"), meta: { needs: "supplierChangeDecide" } },
    { path: "/models/:name", component: () => import("./pages/ModelList.vue"), props: true },
    { path: "/models/:name/:id", component: () => import("./pages/ModelDetail.vue"), props: true },
    { path: "/forbidden", component: () => import("./pages/Forbidden.vue") },
  ],
});

router.beforeEach((to) => {
  if (to.meta.public) return true;
  if (!signedIn() || !session.merchant) return { path: "/signin", query: { next: to.fullPath } };
  if (session.user && !allowed(to.meta.needs as string | string[] | undefined)) return { path: "/forbidden" };
  return true;
});
