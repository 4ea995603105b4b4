
import React, { createContext, useState, useContext, ReactNode } from 'react';
import { toast } from "sonner";
import { pipeline } from "@huggingface/transformers";

export type TranscriptionModel = {
  id: string;
  name: string;
  description: string;
  size: string;
};

export const AVAILABLE_MODELS: TranscriptionModel[] = [
  {
    id: "Xenova/whisper-large-v3",
    name: "Xenova Large v3",
    description: "Most accurate, slowest",
    size: "Large (2.9GB)"
  },
  {
    id: "Xenova/whisper-medium",
    name: "Xenova Medium",
    description: "Balanced",
    size: "Medium (1.5GB)"
  },
  {
    id: "Xenova/whisper-small",
    name: "Xenova Small",
    description: "Quicker, still decent",
    size: "Small (461MB)"
  },
  {
    id: "Xenova/whisper-tiny",
    name: "Xenova Tiny",
    description: "Fastest, least accurate",
    size: "Tiny (151MB)"
  }
];

type Ctx = {
  selectedModel: TranscriptionModel;
  setSelectedModel: (m: TranscriptionModel) => void;
  availableModels: TranscriptionModel[];
  isModelLoading: boolean;
  isModelInitialized: boolean;
  loadModel: () => Promise<void>;
  transcribeFile: (file: File) => Promise<void>;
  transcript: string;
};

const TranscriptionContext = createContext<Ctx | undefined>(undefined);

export const TranscriptionProvider: React.FC<{ children: ReactNode }> = ({ children }) => {
  const [selectedModel, setSelectedModel] = useState<TranscriptionModel>(AVAILABLE_MODELS[0]);
  const [asr, setAsr] = useState<any>(null);
  const [isModelLoading, setIsModelLoading] = useState(false);
  const [isModelInitialized, setIsModelInitialized] = useState(false);
  const [transcript, setTranscript] = useState('');
  const [language] = useState('en-US');

  const loadModel = async () => {
    if (isModelInitialized || isModelLoading) return;
    setIsModelLoading(true);
    try {
      const t = await pipeline("automatic-speech-recognition", selectedModel.id, { device: "webgpu" });
      setAsr(t);
      setIsModelInitialized(true);
      toast.success(`${selectedModel.name} ready`);
    } catch (e) {
      toast.error(`could not load ${selectedModel.name}`);
    } finally {
      setIsModelLoading(false);
    }
  };

  React.useEffect(() => setIsModelInitialized(false), [selectedModel.id]);

  const transcribeFile = async (file: File) => {
    if (!file.type.startsWith('audio/')) {
      toast.error('audio files only');
      return;
    }
    const out = await asr(await file.arrayBuffer(), { language: language.split('-')[0], task: "transcribe" });
    setTranscript(out.text);
  };

  return (
    <TranscriptionContext.Provider value={{
      selectedModel, setSelectedModel, availableModels: AVAILABLE_MODELS,
      isModelLoading, isModelInitialized, loadModel, transcribeFile, transcript
    }}>
      {children}
    </TranscriptionContext.Provider>
  );
};

export const useTranscription = (): Ctx => {
  const c = useContext(TranscriptionContext);
  if (!c) throw new Error('useTranscription needs a TranscriptionProvider');
  return c;
};
