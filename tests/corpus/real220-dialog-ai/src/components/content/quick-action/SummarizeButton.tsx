import language from '../../../lib/language'
import { QuickActionButton } from './QuickActionButton'

export const SummarizeButton = () => (
  <QuickActionButton onClick={() => {}}>{language.en.buttons.summarize}</QuickActionButton>
)
