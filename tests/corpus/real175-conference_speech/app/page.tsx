"use client";

import { useState, useRef, useEffect } from "react";
import { pipeline } from "@xenova/transformers";

// 음성 인식 타입 정의
interface SpeechRecognition extends EventTarget {
  continuous: boolean;
  interimResults: boolean;
  lang: string;
  start(): void;
  stop(): void;
  onresult: (event: SpeechRecognitionEvent) => void;
  onerror: (event: SpeechRecognitionErrorEvent) => void;
  onend: () => void;
  onstart: () => void;
}

interface SpeechRecognitionEvent {
  results: SpeechRecognitionResultList;
}

interface SpeechRecognitionResultList {
  length: number;
  item(index: number): SpeechRecognitionResult;
  [index: number]: SpeechRecognitionResult;
}

interface SpeechRecognitionResult {
  isFinal: boolean;
  length: number;
  item(index: number): SpeechRecognitionAlternative;
  [index: number]: SpeechRecognitionAlternative;
}

interface SpeechRecognitionAlternative {
  transcript: string;
  confidence: number;
}

interface SpeechRecognitionErrorEvent {
  error: string;
  message: string;
}

declare global {
  interface Window {
    SpeechRecognition: new () => SpeechRecognition;
    webkitSpeechRecognition: new () => SpeechRecognition;
  }
}

export default function Home() {
  const [isRecording, setIsRecording] = useState(false);
  const [transcription, setTranscription] = useState("");
  const [summary, setSummary] = useState("");
  const [keywords, setKeywords] = useState<string[]>([]);
  const [isLoading, setIsLoading] = useState(false);
  const [error, setError] = useState("");
  const [micLevel, setMicLevel] = useState(0);
  const [isListening, setIsListening] = useState(false);
  const [environmentStatus, setEnvironmentStatus] = useState<
    "quiet" | "noisy" | "very_noisy"
  >("quiet");

  const recognitionRef = useRef<SpeechRecognition | null>(null);
  const summarizerRef = useRef<any>(null);
  const audioContextRef = useRef<AudioContext | null>(null);
  const analyserRef = useRef<AnalyserNode | null>(null);
  const microphoneRef = useRef<MediaStreamAudioSourceNode | null>(null);
  const animationRef = useRef<number | null>(null);

  // 음성 인식 초기화
  useEffect(() => {
    if (typeof window !== "undefined") {
      const SpeechRecognition =
        window.SpeechRecognition || window.webkitSpeechRecognition;

      if (SpeechRecognition) {
        const recognition = new SpeechRecognition();
        recognition.continuous = true;
        recognition.interimResults = true;
        recognition.lang = "ko-KR";

        // 음성 인식 민감도 향상을 위한 추가 설정
        if ("maxAlternatives" in recognition) {
          (recognition as any).maxAlternatives = 1;
        }
        if ("serviceURI" in recognition) {
          (recognition as any).serviceURI =
            "wss://www.google.com/speech-api/full-duplex/v1/up";
        }

        recognition.onresult = (event: SpeechRecognitionEvent) => {
          let finalTranscript = "";
          let interimTranscript = "";

          for (let i = 0; i < event.results.length; i++) {
            const result = event.results[i];
            if (result.isFinal) {
              finalTranscript += result[0].transcript + " ";
            } else {
              interimTranscript += result[0].transcript;
            }
          }

          // 임시 결과도 실시간으로 보여주기 (더 반응성 향상)
          if (interimTranscript) {
            setTranscription((prev) => {
              // 이전 임시 결과 제거하고 새로운 임시 결과 추가
              const lastFinalIndex = prev.lastIndexOf("[최종]");
              const basePrev =
                lastFinalIndex >= 0 ? prev.substring(0, lastFinalIndex) : prev;
              return basePrev + finalTranscript + `[임시] ${interimTranscript}`;
            });
          } else if (finalTranscript) {
            setTranscription((prev) => {
              // 임시 결과 제거하고 최종 결과만 추가
              const tempIndex = prev.indexOf("[임시]");
              const basePrev =
                tempIndex >= 0 ? prev.substring(0, tempIndex) : prev;
              return basePrev + finalTranscript;
            });
          }
        };

        recognition.onerror = (event: SpeechRecognitionErrorEvent) => {
          setError(`음성 인식 오류: ${event.error}`);
          setIsRecording(false);
        };

        recognition.onend = () => {
          // 녹음 중이었다면 자동으로 재시작 (연결이 끊어진 경우)
          if (isRecording) {
            setTimeout(() => {
              if (recognitionRef.current && isRecording) {
                try {
                  recognitionRef.current.start();
                  setIsListening(true);
                } catch (err) {
                  console.log("재시작 시도 중 오류:", err);
                }
              }
            }, 100);
          } else {
            setIsListening(false);
          }
        };

        recognition.onstart = () => {
          setIsListening(true);
        };

        recognitionRef.current = recognition;
      } else {
        setError(
          "이 브라우저는 음성 인식을 지원하지 않습니다. Chrome 브라우저를 사용해주세요."
        );
      }
    }

    // 컴포넌트 언마운트 시 정리
    return () => {
      cleanupMicrophoneMonitoring();
    };
  }, []);

  // 요약 모델 초기화 (한국어 지원 개선)
  useEffect(() => {
    const initSummarizer = async () => {
      try {
        setIsLoading(true);
        // 다국어 지원이 더 나은 모델로 변경
        const summarizer = await pipeline(
          "summarization",
          "Xenova/mbart-large-50-many-to-many-mmt"
        );
        summarizerRef.current = summarizer;
        setIsLoading(false);
      } catch (err) {
        console.error("요약 모델 로딩 실패:", err);
        // 대안 모델로 시도
        try {
          const fallbackSummarizer = await pipeline(
            "summarization",
            "Xenova/distilbart-cnn-6-6"
          );
          summarizerRef.current = fallbackSummarizer;
          setIsLoading(false);
        } catch (fallbackErr) {
          console.error("대안 모델도 로딩 실패:", fallbackErr);
          setError("요약 모델을 로딩하는데 실패했습니다.");
          setIsLoading(false);
        }
      }
    };

    initSummarizer();
  }, []);
