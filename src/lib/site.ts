/** The edition's name, as the site header and the machine-readable data give it. */
export const SITE_NAME = 'Annotated edition';

/** A one-line description of the whole site, for pages that have none of their own. */
export const SITE_DESCRIPTION =
  'A news article from December 2016 reproduced word for word, with sourced notes on each claim, the people who speak and the events it refers to.';
