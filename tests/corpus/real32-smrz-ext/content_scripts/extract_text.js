browser.runtime.onMessage.addListener(() => Promise.resolve(document.body.innerText));
