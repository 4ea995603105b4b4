export const EXTENSION_NAME = "CommitCraft";
export const CONFIGURATION_SECTION = "commitcraft";
export const COMMAND_GENERATE_COMMIT = "commitcraft.commit";
export const COMMAND_GENERATE_COMMIT_MESSAGE = "commitcraft.generateCommitMessage";
export const DEFAULT_PROVIDER = "gemini";
export const DEFAULT_MODEL = "gemini-2.5-flash";
