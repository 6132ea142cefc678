import { describe, expect, it } from '@jest/globals';
import '@testing-library/jest-dom/jest-globals';
import { render, screen, within } from '@testing-library/react';
import { FEEDBACK_LIMITS } from '@tracklink/shared';
import type { ReactNode } from 'react';
import { I18nProvider, messagesFor, type Language } from '../../i18n';
import { FeedbackSection, MAX_LENGTH } from './FeedbackSection';
import { feedbackFromFields, type TrackingFeedback } from './wire';

// The recipient's word back on the public page; sending it runs in e2e/recipient.e2e.test.ts.

function inLanguage(language: Language, children: ReactNode) {
  return render(
    <I18nProvider language={language} messages={messagesFor(language)} organizationLocale="en-GB">
      {children}
    </I18nProvider>,
  );
}

const feedback = (changes: Partial<TrackingFeedback>): TrackingFeedback => ({
  stage: 'INSTRUCTIONS',
  instructions: null,
  rating: null,
  comment: null,
  submissionsLeft: 5,
  ...changes,
});

describe('FeedbackSection', () => {
  it('reads the page fields the API sends', () => {
    expect(feedbackFromFields([{ label: 'stage', value: 'RATING' }, { label: 'rating', value: '2' }, { label: 'comment', value: '<b>late</b>' }, { label: 'submissionsLeft', value: '3' }])).toEqual(
      { stage: 'RATING', instructions: null, rating: 2, comment: '<b>late</b>', submissionsLeft: 3 },
    );
    expect(feedbackFromFields([{ label: 'stage', value: 'SOMETHING' }]).stage).toBe('CLOSED');
  });

  it('keeps the lengths the server allows', () => {
    expect(MAX_LENGTH).toEqual({ instructions: FEEDBACK_LIMITS.instructions, comment: FEEDBACK_LIMITS.comment });
  });

  it('shows nothing when the template hides it or the consignment was cancelled', () => {
    const { container, rerender } = inLanguage('en', <FeedbackSection token="t" feedback={null} />);
    expect(container).toBeEmptyDOMElement();
    rerender(
      <I18nProvider language="en" messages={messagesFor('en')} organizationLocale="en-GB">
        <FeedbackSection token="t" feedback={feedback({ stage: 'CLOSED' })} />
      </I18nProvider>,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('asks for instructions before delivery, with what was sent to edit', () => {
    inLanguage('de', <FeedbackSection token="t" feedback={feedback({ instructions: 'Tor 3', submissionsLeft: 4 })} />);
    const section = screen.getByRole('region', { name: 'Lieferhinweise' });
    expect(within(section).getByRole('textbox', { name: /Was sollte der Fahrer wissen/ })).toHaveValue('Tor 3');
    expect(within(section).getByRole('textbox')).toHaveAttribute('maxlength', '500');
    expect(within(section).getByRole('button', { name: 'Senden' })).toBeEnabled();
    expect(within(section).getByRole('status')).toHaveTextContent('Sie können es noch 4 Mal ändern.');
  });

  it('asks for a rating after delivery, and takes no more once the link has had its messages', () => {
    inLanguage('fr', <FeedbackSection token="t" feedback={feedback({ stage: 'RATING', rating: 4, comment: 'Bien', submissionsLeft: 0 })} />);
    const section = screen.getByRole('region', { name: 'Comment s’est passée votre livraison ?' });
    const group = within(section).getByRole('group', { name: /Votre note/ });
    expect(within(group).getAllByRole('radio')).toHaveLength(5);
    expect(within(group).getByRole('radio', { name: '4' })).toBeChecked();
    expect(within(group).getByRole('radio', { name: '4' })).toBeDisabled();
    expect(within(section).getByRole('textbox', { name: 'Commentaire (facultatif)' })).toHaveValue('Bien');
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
    expect(within(section).getByRole('status')).toHaveTextContent('Ce lien n’accepte plus de messages.');
  });
});
