import React, { Suspense, useEffect, useState, useMemo } from 'react'
import { Canvas, useFrame } from '@react-three/fiber'
import { useGLTF, useTexture, Loader, Environment, useFBX, useAnimations, OrthographicCamera } from '@react-three/drei';
import { ToastContainer, toast } from 'react-toastify';
import 'react-toastify/dist/ReactToastify.css';

import createAnimation from './converter';
import blinkData from './blendDataBlink.json';
import ragService from './rag/rag-service.js';
import './App.css'

import * as THREE from 'three';
import axios from 'axios';
const _ = require('lodash');

// where the local Ollama daemon listens
const OLLAMA_HOST = 'http://localhost:11434';

// speak a reply with the browser voice engine
const textToSpeech = (text, onStart, onEnd, onBoundary = null) => {
  if (!window.speechSynthesis) {
    if (onEnd) onEnd();
    return;
  }
  window.speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.rate = 0.95;
  utterance.pitch = 1.0;
  utterance.onstart = () => { if (onStart) onStart(); };
  utterance.onend = () => { if (onEnd) onEnd(); };
  setTimeout(() => window.speechSynthesis.speak(utterance), 100);
};

// ask the local model, with a bit of retrieved context about the owner
const getOllamaResponse = async (message) => {
  const ragResults = ragService.processQuery(message);
  let prompt = `You are Joi, an assistant that speaks for Michael.`;
  if (ragResults && ragResults.length > 0) {
    prompt += ` Context: ${ragResults.slice(0, 3).map(r => r.content).join(' ')}`;
  }
  prompt += ` Answer in under 50 words. User says: ${message}`;

  const response = await axios.post(`${OLLAMA_HOST}/api/generate`, {
    model: "llama3.2",
    prompt: prompt,
    stream: false
  }, {
    timeout: 30000,
    headers: {
      'Content-Type': 'application/json'
    }
  });

  return response.data.response;
};

function Avatar({ avatar_url, speak, setSpeak, text, playing, setPlaying }) {
  let gltf = useGLTF(avatar_url);

  const [bodyTexture, eyesTexture, teethTexture, hairTexture] = useTexture([
    "/images/body.webp",
    "/images/eyes.webp",
    "/images/teeth_diffuse.webp",
    "/images/h_color.webp",
  ]);

  let idleFbx = useFBX('/idle.fbx');
  let { clips: idleClips } = useAnimations(idleFbx.animations);

  // (excerpt: mesh material set-up and lip-sync animation omitted)
  return <primitive object={gltf.scene} dispose={null} />;
}

function App() {
  const [speak, setSpeak] = useState(false);
  const [text, setText] = useState("Hello, I am Joi.");
  return (
    <div className="full">
      <Canvas dpr={2}>
        <Suspense fallback={null}>
          <Avatar avatar_url="/model.glb" speak={speak} setSpeak={setSpeak} text={text} />
        </Suspense>
      </Canvas>
      <Loader dataInterpolation={(p) => `Loading... please wait`} />
    </div>
  );
}

export default App;
