/**
 * The administration's letter about lessons changed after their agreement: they are off the
 * families' letters until an administrator agrees them again on «Согласование».
 */
import type { Lesson } from '../domain/rows';
import type { Strings } from '../i18n';
import type { LetterDocument } from './document';
import { dayLabel, type TeacherNames } from './schedule-letters';

/** Lessons an administrator must look at again, with the link to «Согласование». */
export function changedAfterAgreementLetter(input: {
  readonly lessons: readonly Lesson[];
  readonly teachers: TeacherNames;
  readonly sheetName: string;
  readonly url: string;
  readonly strings: Strings;
}): { readonly subject: string; readonly doc: LetterDocument } {
  const { strings } = input;
  const words = strings.agreement;
  const subject = words.changedSubject(input.lessons.length);
  return {
    subject,
    doc: {
      title: subject,
      blocks: [
        { kind: 'paragraph', parts: [words.changedIntro] },
        {
          kind: 'list',
          items: input.lessons.map((l) => [
            words.lessonLine(
              dayLabel(l.date, strings),
              l.class,
              l.period,
              l.subject,
              input.teachers.get(l.teacher) ?? l.teacher,
            ),
          ]),
        },
        {
          kind: 'paragraph',
          parts: [
            words.changedHowTo(input.sheetName),
            ' ',
            { text: input.sheetName, url: input.url },
          ],
        },
      ],
    },
  };
}
