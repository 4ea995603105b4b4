export const chatRequestSchema = null;
