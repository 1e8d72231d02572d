// What every workflow page does with a decision: run the mutation, say it worked, or show the API's refusal
// (in the user's language: the API translates its messages by Accept-Language).
import { ElMessage, ElMessageBox } from "element-plus";
import { messageOf, mutate } from "./api";

/** Runs `field(input:)`; true when it was done. Refusals are shown, never thrown. */
export async function act(document: string, input: Record<string, unknown>, field: string, done: string): Promise<boolean> {
  try {
    await mutate<Record<string, any>>(document, { input }, field);
    ElMessage.success(done);
    return true;
  } catch (error) {
    const message = messageOf(error);
    ElMessage.error({ message, customClass: "refusal", duration: 6000 });
    return false;
  }
}

/** Asks for a text (a reason, a reference); null when the user cancels. `required` refuses an empty one. */
export async function ask(question: string, title: string, required: string | null): Promise<string | null> {
  try {
    const { value } = await ElMessageBox.prompt(question, title, {
      inputValidator: (text: string) => (required && !(text && text.trim()) ? required : true),
    });
    return (value ?? "").trim();
  } catch {
    return null;
  }
}

/** A one-document mutation of the shape `name(input: $input) { errors }`, for pages that only decide. */
export const decision = (name: string, inputType: string): string =>
  `mutation Console${name[0].toUpperCase()}${name.slice(1)}($input: ${inputType}!) { ${name}(input: $input) { errors { field code message } } }`;
