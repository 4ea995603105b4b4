'use client';

import { useChat } from 'ai/react';
import { useState } from 'react';
import { Send, Sparkles, Loader2 } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Textarea } from '@/components/ui/textarea';
import {
  Select,
  SelectContent,
  SelectItem,
  SelectTrigger,
  SelectValue,
} from '@/components/ui/select';

type ModelType = 'claude-sonnet' | 'claude-haiku' | 'gpt-4' | 'gpt-3.5';

export function ChatInterface() {
  const [model, setModel] = useState<ModelType>('claude-sonnet');

  const { messages, input, handleInputChange, handleSubmit, isLoading, error } = useChat({
    api: '/api/chat',
    body: { model },
  });

  return (
    <>
      <header className="border-b bg-background/95">
        <div className="flex h-14 items-center justify-between px-4">
          <div className="flex items-center gap-2">
            <Sparkles className="h-5 w-5 text-primary" />
            <h1 className="text-lg font-semibold">AI Assistant</h1>
          </div>
          <Select value={model} onValueChange={(value) => setModel(value as ModelType)}>
            <SelectTrigger className="w-[180px]">
              <SelectValue placeholder="Select model" />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value="claude-sonnet">Claude Sonnet 4.5</SelectItem>
              <SelectItem value="claude-haiku">Claude Haiku 4</SelectItem>
              <SelectItem value="gpt-4">GPT-4 Turbo</SelectItem>
              <SelectItem value="gpt-3.5">GPT-3.5 Turbo</SelectItem>
            </SelectContent>
          </Select>
        </div>
      </header>

      <div className="flex-1 overflow-y-auto px-4 py-6">
        {messages.map((m) => (
          <div key={m.id} className={m.role === 'user' ? 'text-right' : 'text-left'}>
            <div className="whitespace-pre-wrap break-words">{m.content}</div>
          </div>
        ))}
        {isLoading && <Loader2 className="h-4 w-4 animate-spin" />}
        {error && <p className="text-sm text-destructive">Error: {error.message}</p>}
      </div>

      <form onSubmit={handleSubmit} className="mx-auto max-w-3xl p-4">
        <Textarea value={input} onChange={handleInputChange} placeholder="Type your message..." />
        <Button type="submit" size="icon" disabled={isLoading || !input.trim()}>
          <Send className="h-5 w-5" />
        </Button>
      </form>
    </>
  );
}
