import type { MailEnvelope, Mailer } from '../../ports/mailer';

/** MailApp: the send_mail scope only (GmailApp would need a restricted Gmail scope). */
export const gasMailer: Mailer = {
  remainingQuota: () => MailApp.getRemainingDailyQuota(),
  send(mail: MailEnvelope): void {
    MailApp.sendEmail({
      to: mail.to.join(','),
      ...(mail.cc.length > 0 ? { cc: mail.cc.join(',') } : {}),
      ...(mail.bcc.length > 0 ? { bcc: mail.bcc.join(',') } : {}),
      ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
      name: mail.name,
      subject: mail.subject,
      body: mail.text,
      htmlBody: mail.html,
    });
  },
};
