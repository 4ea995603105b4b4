document.addEventListener('DOMContentLoaded', function () {
  const summarizeBtn = document.getElementById('summarizeBtn');
  const loadingDiv = document.getElementById('loading');
  const summaryDiv = document.getElementById('summary');
  const errorDiv = document.getElementById('error');

  summarizeBtn.addEventListener('click', async function () {
    try {
      summaryDiv.classList.add('hidden');
      errorDiv.classList.add('hidden');
      loadingDiv.classList.remove('hidden');
      summarizeBtn.disabled = true;

      const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
      const results = await chrome.tabs.sendMessage(tab.id, { action: 'extractContent' });
      if (!results.success) {
        throw new Error(results.error || 'Failed to extract page content');
      }

      // The local backend does the summarization
      const response = await fetch('http://localhost:8000/summarize', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ title: results.title, content: results.content, url: tab.url })
      });
      if (!response.ok) {
        throw new Error(`Server error: ${response.status}`);
      }
      const data = await response.json();
      summaryDiv.innerHTML = `<h3>Summary:</h3><p>${data.summary}</p>`;
      summaryDiv.classList.remove('hidden');
    } catch (error) {
      errorDiv.textContent = `Error: ${error.message}`;
      errorDiv.classList.remove('hidden');
    } finally {
      loadingDiv.classList.add('hidden');
      summarizeBtn.disabled = false;
    }
  });
});
