{
  "name": "my-app",
  "version": "1.0.0",
  "description": "An app that integrates multiple AI services",
  "main": "server.js",
  "scripts": {
    "start": "node app.js"
  },
  "dependencies": {
    "@google-cloud/vision": "^3.1.3",
    "@google-cloud/language": "^5.2.2",
    "axios": "^1.4.0",
    "assemblyai": "^1.0.0",
    "openai": "^3.2.1",
    "opencv4nodejs": "^9.2.0",
    "dotenv": "^16.0.3"
    "express": "^4.17.1"
  },
  "engines": {
    "node": "14.x"
  }
}
