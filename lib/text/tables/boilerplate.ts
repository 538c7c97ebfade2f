/**
 * Stock phrases of news copy that say nothing about the story ("did not immediately respond
 * to a request for comment", credits, sign-up prompts). Their words are removed before
 * features are built, so two sentences that share only such a phrase do not match.
 * Written lowercase, with straight apostrophes, as word sequences.
 */
export const BOILERPLATE_PHRASES: readonly string[] = [
  'did not immediately respond to a request for comment',
  'did not immediately respond to requests for comment',
  'did not immediately reply to a request for comment',
  'did not respond to a request for comment',
  'did not respond to requests for comment',
  'did not immediately respond to an emailed request for comment',
  'did not immediately return a request for comment',
  'did not immediately comment',
  'was not immediately available for comment',
  'were not immediately available for comment',
  'could not be reached for comment',
  'could not immediately be reached for comment',
  'declined to comment',
  'declined to comment further',
  'no immediate comment',
  'did not comment',
  'additional reporting by',
  'reporting by',
  'writing by',
  'editing by',
  'compiled by',
  'originally published as',
  'this story has been updated',
  'click here',
  'read more',
  'sign up',
  'all rights reserved',
];
