// GraphiQL served by the package itself (schema/pages.py): React, GraphiQL and its styles are bundled, so the
// page works offline and wherever public CDNs are out of reach. The tour's queries open as tabs.
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import { GraphiQL } from "graphiql";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import "graphiql/style.css";
import { tour } from "./tour";

const fetcher = createGraphiQLFetcher({ url: new URL("/graphql", window.location.href).toString() });
const tabs = tour.map((step) => ({
  query: `# ${step.title}\n${step.query}\n`,
  headers: JSON.stringify(step.headers, null, 2),
}));

createRoot(document.getElementById("graphiql")!).render(
  createElement(GraphiQL, {
    fetcher,
    defaultTabs: tabs,
    defaultHeaders: JSON.stringify({ "X-Merchant": "demo" }, null, 2),
    defaultEditorToolsVisibility: "headers",
    shouldPersistHeaders: true,
  }),
);
