import type { ActionContext, ActionRequest, ResourceWithOptions } from 'adminjs';
import { AppError } from '../../src/common/errors.js';
import type { Services } from '../../src/context.js';
import { ALLOWED_MEDIA_TYPES } from '../../src/files/files.service.js';
import { ATTACHMENT_PURPOSE_LABELS_VI, AttachmentOwner } from '../../src/files/files.enums.js';
import { OWNERS } from '../../src/files/files.policy.js';
import { COMPONENTS } from '../components/index.js';
import { ADMIN_ROOT } from '../deps.js';
import { callerOf } from '../session.js';

/** The panel's resources that carry files, by the owner kind their files are attached as. */
export const ATTACHMENT_OWNERS: Readonly<Record<string, AttachmentOwner>> = {
  Initiative: AttachmentOwner.INITIATIVE,
  Inspection: AttachmentOwner.INSPECTION,
  Finding: AttachmentOwner.FINDING,
  FeedbackItem: AttachmentOwner.FEEDBACK_ITEM,
  DisciplineCase: AttachmentOwner.DISCIPLINE_CASE,
};

/**
 * "Tệp đính kèm" on a record: its files with their download links, and the upload form for those who may attach
 * (the guard offers the action to whoever sees the record; the service decides the rest).
 */
function attachmentsAction(services: Services, owner: AttachmentOwner) {
  return {
    actionType: 'record' as const,
    icon: 'Paperclip',
    component: COMPONENTS.Attachments,
    showInDrawer: false,
    handler: async (_request: ActionRequest, _response: unknown, context: ActionContext) => {
      const caller = callerOf(context);
      const id = String(context.record?.id());
      const base = { record: context.record?.toJSON(context.currentAdmin) };
      try {
        if (!caller) throw new Error('no caller');
        const files = await services.files.list(caller, owner, id);
        return {
          ...base,
          owner,
          files: files.map((file) => ({
            ...file,
            purposeLabel: ATTACHMENT_PURPOSE_LABELS_VI[file.purpose],
            href: `${ADMIN_ROOT}/files/${file.id}`,
          })),
          purposes: OWNERS[owner].purposes.map((value) => ({ value, label: ATTACHMENT_PURPOSE_LABELS_VI[value] })),
          canAttach: await services.files.mayAttach(caller, owner, id),
          maxBytes: services.files.maxBytes,
          accepted: Object.values(ALLOWED_MEDIA_TYPES).join(', '),
        };
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        return { ...base, notice: { message: error.message, type: 'error' as const } };
      }
    },
  };
}

/** Adds "Tệp đính kèm" to the resources whose records carry files. */
export function withAttachments(services: Services, resources: ResourceWithOptions[]): ResourceWithOptions[] {
  return resources.map((entry) => {
    const { options } = entry;
    const owner = ATTACHMENT_OWNERS[(entry.resource as { name: string }).name];
    if (!owner) return entry;
    return {
      ...entry,
      options: { ...options, actions: { ...options.actions, attachments: attachmentsAction(services, owner) } },
    };
  });
}
