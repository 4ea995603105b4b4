// caching setup for the embedding worker
import {CustomCache} from "../utils/cache.js";
import {pipeline, env} from '@xenova/transformers';
import {prettyLog} from "../utils/utils.js";

env.useBrowserCache = false;
env.useCustomCache = true;
env.customCache = new CustomCache('transformers-cache');
env.allowLocalModels = false;

// onnxruntime-web has a threading bug, keep a single thread for now.
// Details: https://github.com/microsoft/onnxruntime/issues/14445
env.backends.onnx.wasm.numThreads = 1;

let embeddingsDict = {};
let currID = "";

class EmbedPipeline {
    static task = 'feature-extraction';
    static model = 'Supabase/gte-small';
    static instance = null;

    static async getInstance() {
        if (this.instance === null) {
            this.instance = await pipeline(this.task, this.model,
                {
                    progress_callback: async data => {
                        await chrome.runtime.sendMessage({type: "download", data: data});
                    }
                }
            );
        }
        await chrome.runtime.sendMessage({type: "download", data: {status: "complete"}})
        return this.instance;
    }
}

chrome.runtime.onMessage.addListener(async (request, sender, sendResponse) => {
    switch (request.type) {
        case "load":
            await EmbedPipeline.getInstance();
            break;
        case "clearLocalStorage":
            chrome.storage.local.clear(() => {});
            break;
    }
});

async function embed(text, use_dict = true) {
    if (use_dict && text in embeddingsDict) {
        return embeddingsDict[text];
    }
    let embedder = await EmbedPipeline.getInstance();
    let out = await embedder(text, {pooling: 'mean', normalize: true});
    if (use_dict) {
        embeddingsDict[text] = out["data"];
    }
    return out["data"];
}

export async function storeEmbeddings() {
    const buffer = new TextEncoder().encode(JSON.stringify(embeddingsDict));
    const body = await new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = e => resolve(e.target.result);
        reader.onerror = e => reject(e.target.error);
        reader.readAsDataURL(new Blob([buffer], {type: 'application/json'}));
    });
    await chrome.storage.local.set({
        [currID]: {
            _body: body,
            is_embeddings: true,
            model_name: EmbedPipeline.model
        }
    });
    prettyLog("stored " + currID, Object.keys(embeddingsDict).length + " items");
}
