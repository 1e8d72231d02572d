// Generated pages: GraphQL documents and form values built from `adminModels` (schema/meta.py) alone. No
// model is named here, so a plugin's model — a third party's too — gets its list, detail and forms for free.
import { gql } from "./api";
import { when } from "./i18n";
import { bpsToPercent, percentToBps, toMinor, toYuan } from "./money";

import type { ColumnKind, ConsoleAdminModelsQuery } from "../generated/graphql";

export type { ColumnKind };
/** An admin model as `adminModels` describes it (the type graphql-codegen made of MODELS_QUERY). */
export type Model = ConsoleAdminModelsQuery["adminModels"][number];
export type Column = Model["columns"][number];

export const MODELS_QUERY = gql`
  query ConsoleAdminModels {
    adminModels {
      name description plugin listField getField createMutation updateMutation deleteMutation defaultOrder
      columns {
        name kind nullable description enumValues target targetList related orderField filters
        onCreate onUpdate required maxLength minimum maximum
      }
    }
  }
`;

/** The column that names a row for people (a product's title, a member's display name), if there is one. */
const LABELS = ["displayName", "name", "title", "number", "sku", "slug", "code"];
export function labelColumn(model: Model | undefined): Column | undefined {
  if (!model) return undefined;
  return LABELS.map((name) => model.columns.find((c) => c.name === name && (c.kind === "TEXT" || c.kind === "LONG_TEXT"))).find(Boolean);
}

function columnSelection(column: Column, models: Map<string, Model>): string {
  if (column.kind === "MONEY") return `${column.name} { minor currency }`;
  if (column.kind === "REFERENCE" && column.related && column.target) {
    const label = labelColumn(models.get(column.target));
    return label ? `${column.name} ${column.related} { id ${label.name} }` : column.name;
  }
  return column.name;
}

export function selection(model: Model, models: Map<string, Model>): string {
  return ["id", ...model.columns.map((c) => columnSelection(c, models))].join(" ");
}

export function listQuery(model: Model, models: Map<string, Model>): string {
  return `query ConsoleList($first: Int, $after: String, $last: Int, $before: String, $filter: ${model.name}Filter, $orderBy: [${model.name}OrderBy!]) {
  ${model.listField}(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    nodes { ${selection(model, models)} }
  }
}`;
}

export function getQuery(model: Model, models: Map<string, Model>): string {
  return `query ConsoleGet($id: ID!) { ${model.getField}(id: $id) { ${selection(model, models)} } }`;
}

export function mutationDocument(model: Model, kind: "Create" | "Update" | "Delete"): string {
  const field = `${model.getField}${kind}`;
  const result = kind === "Delete" ? "deletedId" : `${model.getField} { id }`;
  return `mutation Console${kind}($input: ${model.name}${kind}Input!) { ${field}(input: $input) { ${result} errors { field code message } } }`;
}

/** A row's value as text for tables and detail views. */
export function display(column: Column, row: Record<string, unknown>): string {
  const value = row[column.name];
  if (value === null || value === undefined) return "";
  switch (column.kind) {
    case "MONEY":
      return toYuan((value as { minor: number }).minor);
    case "RATE":
      return `${bpsToPercent(value as number)}%`;
    case "REFERENCE": {
      const related = column.related ? (row[column.related] as Record<string, unknown> | null) : null;
      const label = related && Object.entries(related).find(([key]) => key !== "id");
      return label ? String(label[1]) : String(value);
    }
    case "JSON":
      return JSON.stringify(value);
    case "DATETIME":
      return when(value as string);
    default:
      return String(value);
  }
}

export const editable = (column: Column, mode: "create" | "update") => (mode === "create" ? column.onCreate : column.onUpdate);

/** What a form shows for a row's value (money and rates as decimal text, JSON as text). */
export function formValue(column: Column, row: Record<string, unknown> | null): unknown {
  const value = row ? row[column.name] : undefined;
  if (value === null || value === undefined) return column.kind === "BOOLEAN" ? false : "";
  if (column.kind === "MONEY") return toYuan((value as { minor: number }).minor);
  if (column.kind === "RATE") return bpsToPercent(value as number);
  if (column.kind === "JSON") return JSON.stringify(value, null, 2);
  return value;
}

export interface FormProblem {
  field: string;
  message: string;
}

/**
 * The mutation input from a form's values: only editable columns, converted to the API's units; blank optional
 * fields left out (create) or sent as null (update of a nullable column). Problems the browser can see (a
 * malformed amount, a required field left blank) come back per field, before anything is sent.
 */
export function toInput(model: Model, values: Record<string, unknown>, mode: "create" | "update", original: Record<string, unknown> | null): { input: Record<string, unknown>; problems: FormProblem[] } {
  const input: Record<string, unknown> = {};
  const problems: FormProblem[] = [];
  for (const column of model.columns) {
    if (!editable(column, mode)) continue;
    const raw = values[column.name];
    const blank = raw === "" || raw === null || raw === undefined;
    if (mode === "update" && original && raw === formValue(column, original)) continue;
    if (blank && column.kind !== "BOOLEAN") {
      if (mode === "create" && column.required) problems.push({ field: column.name, message: "required" });
      else if (mode === "update" && column.nullable) input[column.name] = null;
      else if (mode === "update") problems.push({ field: column.name, message: "required" });
      continue;
    }
    switch (column.kind) {
      case "MONEY":
      case "RATE": {
        const converted = column.kind === "MONEY" ? toMinor(String(raw)) : percentToBps(String(raw));
        if (converted === null) problems.push({ field: column.name, message: column.kind === "MONEY" ? "amount" : "percent" });
        else input[column.name] = converted;
        break;
      }
      case "INTEGER": {
        const number = Number(raw);
        if (!Number.isInteger(number)) problems.push({ field: column.name, message: "integer" });
        else input[column.name] = number;
        break;
      }
      case "JSON":
        try {
          input[column.name] = JSON.parse(String(raw));
        } catch {
          problems.push({ field: column.name, message: "json" });
        }
        break;
      default:
        input[column.name] = raw;
    }
  }
  return { input, problems };
}

export interface FilterValue {
  [filterField: string]: unknown;
}

/** A list filter from the filter bar's values: money in yuan to minor units, empty values left out. */
export function toFilter(model: Model, values: Record<string, unknown>): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  for (const column of model.columns) {
    for (const name of column.filters) {
      const value = values[name];
      if (value === "" || value === null || value === undefined) continue;
      if (column.kind === "MONEY" && typeof value === "string") {
        const minor = toMinor(value);
        if (minor !== null) filter[name] = minor;
      } else if (column.kind === "RATE" && typeof value === "string") {
        const bps = percentToBps(value);
        if (bps !== null) filter[name] = bps;
      } else {
        filter[name] = value;
      }
    }
  }
  return filter;
}

/** Which filter inputs the filter bar offers for a column (the rest stay reachable through the API). */
export function filterControls(column: Column): string[] {
  const wanted: Record<ColumnKind, string[]> = {
    TEXT: [`${column.name}Contains`, column.name],
    LONG_TEXT: [`${column.name}Contains`],
    ENUM: [column.name],
    BOOLEAN: [column.name],
    REFERENCE: [column.name],
    INTEGER: [`${column.name}Gte`, `${column.name}Lte`],
    DECIMAL: [`${column.name}Gte`, `${column.name}Lte`],
    MONEY: [`${column.name}Gte`, `${column.name}Lte`],
    RATE: [`${column.name}Gte`, `${column.name}Lte`],
    DATE: [`${column.name}Gte`, `${column.name}Lte`],
    DATETIME: [`${column.name}Gte`, `${column.name}Lte`],
    JSON: [],
  };
  const offered = wanted[column.kind].filter((name) => column.filters.includes(name));
  return column.kind === "TEXT" && offered.length === 2 ? offered.slice(0, 1) : offered;
}

/** The columns a list shows before the user chooses: the first few that read well in a table. */
export function defaultColumns(model: Model): string[] {
  return model.columns.filter((c) => c.kind !== "JSON" && c.kind !== "LONG_TEXT").slice(0, 7).map((c) => c.name);
}
