// TypeScript types of the schema and of the console's own operations, from the committed schema.graphql
// (which a Python test keeps equal to the code): `npm run codegen` writes src/generated/graphql.ts.
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "../../schema.graphql",
  documents: ["src/console/**/*.ts", "src/console/**/*.vue"],
  generates: {
    "src/generated/graphql.ts": {
      plugins: ["typescript-operations"],
      config: {
        scalars: { DateTime: "string", Date: "string", Decimal: "string", JSON: "unknown", Upload: "never" },
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false },
      },
    },
  },
};
export default config;
