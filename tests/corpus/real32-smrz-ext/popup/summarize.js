console.log('starting up')
if (browser.permissions.contains({ permissions: ['trialML'] })) {
    console.log("correct permissions, proceeding")
} else {
    throw ("No trialML permission, please manually grant this permission to the extension")
}
browser.trial.ml.onProgress.addListener(progressData => {
    console.log(progressData);
});


try {
    await browser.trial.ml.createEngine({
        modelHub: "huggingface",
        taskName: "summarization"
        // taskName: "summarization",
        // modelId: "Xenova/distilbart-cnn-6-6"
    });
} catch (error) {
    console.log('Could not create engine, it is probably already created')
}

const activeTabId = async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0].id;

try {
    await browser.scripting.executeScript({
        files: ['/content_scripts/extract_text.js'],
        target: { tabId: await activeTabId(), allFrames: true },
    })
} catch (error) {
    console.error(`failed to execute script: ${error}`);
}
let text = await browser.tabs.sendMessage((await activeTabId()), { command: "tldr_extractText" });

try {
    const result = await browser.trial.ml.runEngine({ args: [text] });
    document.getElementById('popup-content').innerText = result[0].summary_text
} catch (error) {
    document.getElementById('popup-content').innerText = 'There was an error.'
}
