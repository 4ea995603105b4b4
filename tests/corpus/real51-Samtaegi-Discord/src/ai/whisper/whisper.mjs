import whisper from 'whisper-node';

const filePath = "test.mp3"; // required

const options = {
  modelName: "base",       // default
  // modelPath: "/custom/path/to/model.bin", // custom model directory (not with modelName)
  whisperOptions: {
    language: 'auto',
    gen_file_txt: true,
    gen_file_subtitle: false,
    gen_file_vtt: false,
    word_timestamps: true
  }
}

export const transcript = await whisper(filePath, options);
