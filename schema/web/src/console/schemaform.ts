// Plugin configuration forms from each plugin's JSON Schema (`merchantPlugins.configSchema`, made by pydantic):
// one control per top-level setting, the API's validation errors (`config.<field>`) and the plugin's compliance
// warnings shown beside the setting they are about.

type JsonSchema = Record<string, any>;

export type Widget = "switch" | "number" | "select" | "text" | "json";

export interface SchemaField {
  key: string;
  title: string;
  description: string;
  widget: Widget;
  options: string[];
  minimum: number | null;
  maximum: number | null;
  integer: boolean;
}

function resolve(schema: JsonSchema, root: JsonSchema): JsonSchema {
  let current = schema;
  for (let hops = 0; current && current.$ref && hops < 16; hops++) {
    const name = String(current.$ref).split("/").pop()!;
    current = { ...root.$defs?.[name], ...Object.fromEntries(Object.entries(current).filter(([k]) => k !== "$ref")) };
  }
  const variants: JsonSchema[] | undefined = current.anyOf ?? current.oneOf;
  if (variants) {
    const real = variants.filter((v) => v.type !== "null");
    if (real.length === 1) return { ...resolve(real[0], root), title: current.title, description: current.description };
  }
  return current;
}

export function fields(schema: JsonSchema): SchemaField[] {
  return Object.entries(schema.properties ?? {}).map(([key, raw]) => {
    const property = resolve(raw as JsonSchema, schema);
    const type = property.type;
    let widget: Widget = "json";
    if (type === "boolean") widget = "switch";
    else if (Array.isArray(property.enum)) widget = "select";
    else if (type === "integer" || type === "number") widget = "number";
    else if (type === "string") widget = "text";
    return {
      key,
      title: property.title ?? key,
      description: property.description ?? "",
      widget,
      options: Array.isArray(property.enum) ? property.enum.map(String) : [],
      minimum: property.minimum ?? property.exclusiveMinimum ?? null,
      maximum: property.maximum ?? property.exclusiveMaximum ?? null,
      integer: type === "integer",
    };
  });
}

/** What the form edits: the config's values, JSON ones as text. */
export function formValues(schemaFields: SchemaField[], config: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(schemaFields.map((f) => [f.key, f.widget === "json" ? JSON.stringify(config[f.key] ?? null, null, 2) : config[f.key]]));
}

/** The merge patch of what changed (RFC 7396, as `merchantPluginConfigure` takes it), or the fields whose JSON is malformed. */
export function patch(schemaFields: SchemaField[], values: Record<string, unknown>, config: Record<string, unknown>): { patch: Record<string, unknown>; problems: string[] } {
  const result: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const field of schemaFields) {
    let value = values[field.key];
    if (field.widget === "json") {
      try {
        value = JSON.parse(String(value));
      } catch {
        problems.push(field.key);
        continue;
      }
    }
    if (JSON.stringify(value) !== JSON.stringify(config[field.key])) result[field.key] = value;
  }
  return { patch: result, problems };
}

/** `config.depth` → "depth": the setting an API error is about. */
export const settingOf = (field: string | null): string | null => (field && field.startsWith("config.") ? field.split(".")[1] : null);
