// A complete, on-time birth registration as the wizard sends it (data/procedures/1.001193.json):
// the server's tests and the status widget's browser tests file the same one.

/** The application, for a child born on `childBirthDate` (`YYYY-MM-DD`). */
export function birthRegistration(childBirthDate: string) {
  return {
    procedureCode: '1.001193',
    answers: {
      childName: 'Nguyễn Văn An',
      childBirthDate,
      childSex: 'male',
      birthPlace: 'Bệnh viện Trung ương Huế',
      timing: 'on-time',
      hasBirthNotice: 'yes',
      motherName: 'Trần Thị Bình',
      applicantName: 'Trần Thị Bình',
      applicantRelation: 'mother',
      applicantId: '046190001234',
      applicantPhone: '0912345678',
      declaration: true,
    },
    documents: [{ id: 'form' }, { id: 'birth-notice' }, { id: 'applicant-id' }],
  };
}
