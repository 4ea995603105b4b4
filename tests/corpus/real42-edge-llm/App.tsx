import React, { useState } from 'react';
import { Alert, SafeAreaView, ScrollView, Text, TextInput, TouchableOpacity, View } from 'react-native';
import axios from 'axios';
import { downloadModel } from './src/api/model';
import ProgressBar from './src/components/ProgressBar';
import { initLlama, releaseAllLlama } from 'llama.rn';
import RNFS from 'react-native-fs';

type Message = { role: 'system' | 'user' | 'assistant'; content: string };

const INITIAL_CONVERSATION: Message[] = [
  { role: 'system', content: 'This is a conversation between user and assistant, a friendly chatbot.' },
];

function App(): React.JSX.Element {
  const [conversation, setConversation] = useState<Message[]>(INITIAL_CONVERSATION);
  const [selectedModelFormat, setSelectedModelFormat] = useState<string>('');
  const [availableGGUFs, setAvailableGGUFs] = useState<string[]>([]);
  const [userInput, setUserInput] = useState<string>('');
  const [progress, setProgress] = useState<number>(0);
  const [context, setContext] = useState<any>(null);
  const [isDownloading, setIsDownloading] = useState<boolean>(false);

  const modelFormats = [
    { label: 'Llama-3.2-1B-Instruct' },
    { label: 'Qwen2-0.5B-Instruct' },
    { label: 'DeepSeek-R1-Distill-Qwen-1.5B' },
    { label: 'SmolLM2-1.7B-Instruct' },
  ];

  const HF_TO_GGUF = {
    "Llama-3.2-1B-Instruct": "medmekk/Llama-3.2-1B-Instruct.GGUF",
    "DeepSeek-R1-Distill-Qwen-1.5B":
      "medmekk/DeepSeek-R1-Distill-Qwen-1.5B.GGUF",
    "Qwen2-0.5B-Instruct": "medmekk/Qwen2.5-0.5B-Instruct.GGUF",
    "SmolLM2-1.7B-Instruct": "medmekk/SmolLM2-1.7B-Instruct.GGUF",
  };

  const fetchAvailableGGUFs = async (modelFormat: string) => {
    try {
      const repoPath = HF_TO_GGUF[modelFormat as keyof typeof HF_TO_GGUF];
      if (!repoPath) {
        throw new Error(`No repository mapping found for model format: ${modelFormat}`);
      }
      const response = await axios.get(
        `https://huggingface.co/api/models/${repoPath}`,
      );
      const files = response.data.siblings.filter((file: { rfilename: string }) =>
        file.rfilename.endsWith('.gguf'),
      );
      setAvailableGGUFs(files.map((file: { rfilename: string }) => file.rfilename));
    } catch (error) {
      Alert.alert('Error', error instanceof Error ? error.message : 'Failed to fetch .gguf files');
      setAvailableGGUFs([]);
    }
  };

  const handleDownloadModel = async (file: string) => {
    const downloadUrl = `https://huggingface.co/${HF_TO_GGUF[selectedModelFormat as keyof typeof HF_TO_GGUF]
      }/resolve/main/${file}`;
    setIsDownloading(true);
    setProgress(0);
    try {
      const destPath = await downloadModel(file, downloadUrl, p => setProgress(p));
      if (destPath) {
        await loadModel(file);
      }
    } finally {
      setIsDownloading(false);
    }
  };

  const loadModel = async (modelName: string) => {
    const destPath = `${RNFS.DocumentDirectoryPath}/${modelName}`;
    if (context) {
      await releaseAllLlama();
      setContext(null);
      setConversation(INITIAL_CONVERSATION);
    }
    const llamaContext = await initLlama({ model: destPath, use_mlock: true, n_ctx: 2048, n_gpu_layers: 1 });
    setContext(llamaContext);
  };

  return (
    <SafeAreaView>
      <TouchableOpacity onPress={() => fetchAvailableGGUFs("Llama-3.2-1B-Instruct")}>
        <Text>Fetch GGUF Files</Text>
      </TouchableOpacity>
      <ScrollView>
        {availableGGUFs.map((file) => (<Text key={file}>{file}</Text>))}
      </ScrollView>
      <View>
        {modelFormats.map(({ label }) => (
          <TouchableOpacity key={label} onPress={() => setSelectedModelFormat(label)}>
            <Text>{label}</Text>
          </TouchableOpacity>
        ))}
      </View>
      <TouchableOpacity onPress={() => handleDownloadModel("Llama-3.2-1B-Instruct-Q2_K.gguf")}>
        <Text>Download Model</Text>
      </TouchableOpacity>
      {isDownloading && <ProgressBar progress={progress} />}
      <TextInput value={userInput} onChangeText={setUserInput} placeholder="Type your message here..." />
    </SafeAreaView>
  );
}

export default App;
