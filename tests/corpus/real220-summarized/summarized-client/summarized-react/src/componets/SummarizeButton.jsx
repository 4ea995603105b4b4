import React from 'react';

function SummarizeButtonComponent({ onClick }) {
  return (
    <button onClick={onClick}>Summarize</button>
  );
}

export default SummarizeButtonComponent;
