// Hash routes (/console/#/withdrawals): the server serves one page whatever the route (schema/pages.py).
import { createRouter, createWebHashHistory } from "vue-router";
import { session, signedIn } from "./session";

export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: "/signin", component: () => import("./pages/SignIn.vue"), meta: { public: true } },
    { path: "/", component: () => import("./pages/Dashboard.vue"), meta: { needs: "salesReport" } },
    { path: "/withdrawals", component: () => import("./pages/Withdrawals.vue"), meta: { needs: "withdrawalApprove" } },
    { path: "/plugins", component: () => import("./pages/Plugins.vue"), meta: { needs: "merchantPlugins" } },
    { path: "/models/:name", component: () => import("./pages/ModelList.vue"), props: true },
    { path: "/models/:name/:id", component: () => import("./pages/ModelDetail.vue"), props: true },
    { path: "/forbidden", component: () => import("./pages/Forbidden.vue") },
  ],
});

router.beforeEach((to) => {
  if (to.meta.public) return true;
  if (!signedIn() || !session.merchant) return { path: "/signin", query: { next: to.fullPath } };
  const needs = to.meta.needs as string | undefined;
  if (needs && session.user && !session.can(needs)) return { path: "/forbidden" };
  return true;
});
