/**
 * Styles of a result shown as a care card. A module of its own so that pages without a care card
 * (the exercise card, the glide timer, the pain map) do not download them with the shared styles.
 */
import { css } from 'lit';

/**
 * A result as a care card (NHS.UK's "immediate", "urgent" and "non-urgent" cards): one panel in the
 * level's colour, one heading, one large primary action. The red-flag checker's results and the
 * direction finder's safety stop and plan use it; `level-…` picks the colour.
 */
export const careCardStyles = css`
  .care-card {
    margin: 0 0 1em;
    border: 3px solid var(--_card);
    border-radius: var(--_radius);
    background: var(--_surface);
    --_card: var(--_accent);
  }

  /* Lines a person can follow on a wide screen (GOV.UK keeps reading text to about two thirds). */
  .care-card p,
  .care-card li {
    max-width: 40em;
  }

  .care-card.level-emergency {
    --_card: var(--_danger);
  }

  .care-card.level-urgent {
    --_card: var(--_warning);
  }

  .care-card.level-self-care {
    --_card: var(--_success);
  }

  .care-card-heading {
    padding: 0.75em 1em;
    background: var(--_card);
    color: var(--_surface);
  }

  .care-card-heading > :first-child {
    margin: 0;
    color: inherit;
  }

  .care-card-content {
    padding: 1em;
  }

  .care-card .action {
    font-size: 1.125em;
    font-weight: 600;
  }

  /* The one primary action of a card: a large "Call …" that reads as a button. */
  .care-card .call {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    min-height: 48px;
    padding: 0.5em 1.1em;
    border: 2px solid var(--_card);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_card);
    color: var(--_surface);
    font-weight: 700;
    text-decoration: none;
  }

  .care-card .call .number {
    font-weight: 400;
  }

  @media (forced-colors: active) {
    .care-card {
      border-color: CanvasText;
    }

    .care-card-heading {
      border-bottom: 3px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }

    .care-card .call {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }

`;
