import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  acceptInvitation,
  findInvitation,
  InvitationError,
  invitationProblem,
} from './accept-invitation';
import {
  invitationAcceptedPage,
  invitationFormPage,
  invitationProblemPage,
  languageOf,
  type PageLanguage,
} from './invitation-page';
import { formatAppleDate } from '../apple/dates';
import { BodyTooLargeError, INVITATION_BODY_LIMIT, mediaTypeOf, readBody } from '../http/read-body';
import { CLOSE_CONNECTION, sendHtml, sendJson } from '../http/responses';
import { refusalLine } from '../http/sandbox-log';
import type { SandboxWorld } from '../sandbox-world';

type AcceptForm = { inviteCode: string; appleId: string; json: boolean };

const parseAcceptForm = (json: boolean, text: string): AcceptForm => {
  if (json) {
    try {
      const body = JSON.parse(text) as Record<string, unknown>;
      return {
        inviteCode: String(body.inviteCode ?? ''),
        appleId: String(body.appleId ?? ''),
        json: true,
      };
    } catch {
      return { inviteCode: '', appleId: '', json: true };
    }
  }
  const form = new URLSearchParams(text);
  return { inviteCode: form.get('inviteCode') ?? '', appleId: form.get('appleId') ?? '', json };
};

/** The form or JSON body; undefined for another content type, which is refused unread. */
const readAcceptForm = async (req: IncomingMessage): Promise<AcceptForm | undefined> => {
  const type = mediaTypeOf(req);
  if (type !== 'application/json' && type !== 'application/x-www-form-urlencoded') return undefined;
  return parseAcceptForm(type === 'application/json', await readBody(req, INVITATION_BODY_LIMIT));
};

/** 413: a page for a browser's form, JSON for a JSON caller; the connection closes after it. */
const refuseTooLarge = (
  world: SandboxWorld,
  req: IncomingMessage,
  res: ServerResponse,
  error: BodyTooLargeError,
  language: PageLanguage,
) => {
  world.log(refusalLine(413, 'POST', '/invite/accept', error.message));
  if (mediaTypeOf(req) === 'application/json')
    return sendJson(res, 413, { error: error.message, problem: 'tooLarge' }, CLOSE_CONNECTION);
  sendHtml(res, 413, invitationProblemPage(language, 'tooLarge'), CLOSE_CONNECTION);
};

/**
 * The page behind `urls.invitationEmail`: `GET /invite?inviteCode=…` shows a form; `POST
 * /invite/accept` (form or JSON: inviteCode, appleId) associates the user. JSON callers get
 * JSON back, browsers a page.
 */
export const handleInvitationRequest = async (
  world: SandboxWorld,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  query: URLSearchParams,
): Promise<void> => {
  const language = languageOf(req.headers['accept-language']);
  if (path === '/invite' && req.method === 'GET') {
    const inviteCode = query.get('inviteCode') ?? '';
    const found = findInvitation(world, inviteCode);
    const problem = invitationProblem(found?.user);
    if (problem || !found)
      return sendHtml(res, problem!.httpStatus, invitationProblemPage(language, problem!.problem));
    return sendHtml(
      res,
      200,
      invitationFormPage(language, found.location.profile.name, inviteCode),
    );
  }
  if (path === '/invite/accept' && req.method === 'POST') {
    let form;
    try {
      form = await readAcceptForm(req);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      return refuseTooLarge(world, req, res, error, language);
    }
    if (!form)
      return sendJson(res, 415, {
        error: 'Send application/x-www-form-urlencoded or application/json.',
      });
    try {
      const { location, user } = acceptInvitation(world, form.inviteCode, form.appleId);
      if (!form.json)
        return sendHtml(res, 200, invitationAcceptedPage(language, location.profile.name));
      return sendJson(res, 200, {
        clientUserId: user.clientUserId,
        status: user.status,
        idHash: user.idHash,
        associatedAt: formatAppleDate(user.associatedAt!),
        locationName: location.profile.name,
      });
    } catch (error) {
      if (!(error instanceof InvitationError)) throw error;
      if (form.json)
        return sendJson(res, error.httpStatus, { error: error.message, problem: error.problem });
      const found = findInvitation(world, form.inviteCode);
      const page =
        error.problem === 'invalidAppleId' || error.problem === 'accountInUse'
          ? invitationFormPage(
              language,
              found!.location.profile.name,
              form.inviteCode,
              error.problem,
              form.appleId,
            )
          : invitationProblemPage(language, error.problem);
      return sendHtml(res, error.httpStatus, page);
    }
  }
  sendJson(res, 405, { error: 'Use GET /invite?inviteCode=… or POST /invite/accept.' });
};
