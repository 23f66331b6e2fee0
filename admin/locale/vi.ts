import { ROLE_LABELS_VI } from '../../src/auth/role.js';
import { CalendarDayKind } from '../../src/calendar/calendar-day.entity.js';
import { LEVEL_LABELS_VI, PERIOD_KIND_LABELS_VI, RULE_SET_LABELS_VI, STATUS_LABELS_VI } from '../../src/evaluation/evaluation-enums.js';
import { FEEDBACK_STATUS_LABELS_VI } from '../../src/feedback/feedback-enums.js';
import { INITIATIVE_STATUS_LABELS_VI, VOTE_LABELS_VI } from '../../src/initiative/initiative-enums.js';
import { DISCIPLINE_FORM_LABELS_VI } from '../../src/inspection/discipline-case.entity.js';
import { FORCING_EVENT_LABELS_VI } from '../../src/inspection/forcing-event.entity.js';
import {
  FINDING_STATUS_LABELS_VI,
  INSPECTION_KIND_LABELS_VI,
  INSPECTION_METHOD_LABELS_VI,
  INSPECTION_STATUS_LABELS_VI,
} from '../../src/inspection/inspection-enums.js';
import { UNIT_KIND_LABELS_VI } from '../../src/hierarchy/unit-kind.js';
import { PLAN_STATUS_LABELS_VI, STEP_KIND_LABELS_VI } from '../../src/hierarchy/plan.entities.js';
import { ABSENCE_KIND_LABELS_VI, POSITION_LABELS_VI, STAFF_TYPE_LABELS_VI } from '../../src/people/people-enums.js';

/** AdminJS ships no Vietnamese: the interface strings, then every resource, field and enum value of ours. */
const enumValues = (labels: Record<string, string>) => Object.fromEntries(Object.entries(labels));

const CALENDAR_KIND_LABELS_VI: Record<CalendarDayKind, string> = {
  DAY_OFF: 'Ngày nghỉ',
  MAKE_UP_WORKING_DAY: 'Ngày làm bù',
};

const commonProperties = {
  id: 'Mã định danh',
  validFrom: 'Hiệu lực từ ngày',
  validTo: 'Hết hiệu lực từ ngày',
  createdAt: 'Ngày tạo',
  updatedAt: 'Ngày cập nhật',
  length: 'Độ dài',
  from: 'Từ',
  to: 'Đến',
};

/** "Deleting" a row others refer to archives it (admin/policy-resource.ts). */
const ARCHIVE_ACTIONS = { delete: 'Lưu trữ', bulkDelete: 'Lưu trữ các mục đã chọn' };

export const viTranslations = {
  actions: {
    new: 'Thêm mới',
    edit: 'Sửa',
    show: 'Xem',
    delete: 'Xoá',
    bulkDelete: 'Xoá tất cả',
    list: 'Danh sách',
    search: 'Tìm kiếm',
    close: 'Khoá kỳ',
    verify: 'Xác nhận đã khắc phục',
    recordResult: 'Ghi nhận kết quả thẩm định',
    approve: 'Phê duyệt',
    reject: 'Từ chối',
    preview: 'Xem trước',
    apply: 'Áp dụng',
    schedule: 'Đặt lịch áp dụng',
    withdraw: 'Rút kế hoạch',
    restore: 'Khôi phục',
    history: 'Lịch sử thay đổi',
    attachments: 'Tệp đính kèm',
    exportXlsx: 'Xuất Excel',
    printForm: 'In phiếu (PDF, Word)',
    printMinutes: 'Biên bản thẩm định',
    printSummary: 'Danh sách tổng hợp xếp loại',
  },
  buttons: {
    save: 'Lưu',
    addNewItem: 'Thêm mục',
    filter: 'Lọc',
    filterActive: 'Lọc ({{count}})',
    applyChanges: 'Áp dụng',
    resetFilter: 'Bỏ lọc',
    confirmRemovalMany: 'Xác nhận xoá {{count}} bản ghi',
    confirmRemovalMany_plural: 'Xác nhận xoá {{count}} bản ghi',
    logout: 'Đăng xuất',
    login: 'Đăng nhập',
    seeTheDocumentation: 'Xem: <1>tài liệu</1>',
    createFirstRecord: 'Thêm mới',
    cancel: 'Huỷ',
    confirm: 'Xác nhận',
    ok: 'Đồng ý',
    contactUs: 'Liên hệ',
  },
  components: {
    DropZone: {
      placeholder: 'Thả tệp vào đây hoặc bấm để chọn',
      acceptedSize: 'Dung lượng tối đa: {{maxSize}}',
      acceptedType: 'Hỗ trợ: {{mimeTypes}}',
      unsupportedSize: 'Tệp {{fileName}} quá lớn',
      unsupportedType: 'Tệp {{fileName}} có định dạng không được hỗ trợ: {{fileType}}',
    },
    LanguageSelector: { availableLanguages: { vi: 'Tiếng Việt', en: 'Tiếng Anh' } },
    Login: {
      welcomeHeader: 'Đánh giá công vụ',
      welcomeMessage: 'Hệ thống đánh giá người đứng đầu và cán bộ, công chức, viên chức Thành phố Hồ Chí Minh',
      properties: { email: 'Tên đăng nhập', password: 'Mật khẩu' },
      loginButton: 'Đăng nhập',
    },
  },
  pages: {
    myEvaluation: 'Phiếu của tôi',
    toRate: 'Chờ tôi đánh giá',
    periodControl: 'Điều hành kỳ đánh giá',
    unitTree: 'Cây đơn vị theo ngày',
    planImport: 'Nhập kế hoạch sắp xếp từ tệp',
    peopleImport: 'Nhập cán bộ từ tệp',
    notifications: 'Thông báo',
  },
  labels: {
    confirm: 'Xác nhận',
    navigation: 'Điều hướng',
    pages: 'Công việc',
    selectedRecords: 'Đã chọn ({{selected}})',
    filters: 'Bộ lọc',
    adminVersion: 'Quản trị: {{version}}',
    appVersion: 'Ứng dụng: {{version}}',
    dashboard: 'Tổng quan',
    // booleans: AdminJS looks up `<property>.true` / `<property>.false`
    ...Object.fromEntries(
      ['acting', 'active', 'exceeded', 'chair', 'extended', 'citizenSatisfied', 'lead', 'whole', 'emailNotifications'].map((p) => [p, { true: 'Có', false: 'Không' }]),
    ),
    overdue: { true: 'Quá hạn', false: 'Trong hạn' },
    dueProvisional: { true: 'Tạm tính (chưa có lịch nghỉ năm sau)', false: 'Chính thức' },
    hierarchy: 'Cơ cấu tổ chức',
    people: 'Cán bộ, công chức',
    system: 'Hệ thống',
    loginWelcome: 'Đánh giá công vụ',
    Unit: 'Đơn vị',
    UnitLink: 'Quan hệ cấp trên',
    Reorganisation: 'Sắp xếp tổ chức',
    ReorganisationPlan: 'Kế hoạch sắp xếp đơn vị',
    PlanStep: 'Các bước sắp xếp',
    UnitLineage: 'Đơn vị tiền thân, kế thừa',
    Person: 'Cán bộ, công chức, viên chức',
    AuditEntry: 'Lịch sử thay đổi',
    Appointment: 'Bổ nhiệm',
    Absence: 'Vắng mặt, nghỉ',
    User: 'Người dùng',
    CalendarDay: 'Lịch nghỉ lễ, làm bù',
    evaluation: 'Đánh giá, xếp loại',
    income: 'Thu nhập tăng thêm',
    EvaluationPeriod: 'Kỳ đánh giá',
    Evaluation: 'Phiếu đánh giá',
    QuotaException: 'Ngoại lệ tỷ lệ xuất sắc',
    SatisfactionResult: 'Kết quả khảo sát hài lòng',
    UnitTarget: 'Chỉ tiêu, nhiệm vụ của đơn vị',
    DisciplineCase: 'Kỷ luật',
    ForcingEvent: 'Khởi tố, tạm giam, suy thoái',
    IncomeCoefficient: 'Hệ số k của đơn vị',
    PersonPay: 'Lương, mức khoán',
    Payout: 'Chi trả thu nhập tăng thêm',
    Setting: 'Tham số cấu hình',
    feedback: 'Phản ánh 1022',
    inspection: 'Kiểm tra công vụ, kỷ luật',
    FeedbackItem: 'Phản ánh, kiến nghị',
    FeedbackAssignment: 'Lịch sử chuyển xử lý',
    Inspection: 'Đợt kiểm tra',
    Finding: 'Nội dung kết luận, khắc phục',
    ResponsibilityReview: 'Kiểm điểm trách nhiệm',
    DisciplineDeferral: 'Tạm hoãn xem xét kỷ luật',
    initiative: 'Sáng kiến',
    Initiative: 'Sáng kiến',
    InitiativeVote: 'Thẩm định sáng kiến',
    BoardMember: 'Tổ thẩm định',
  },
  properties: commonProperties,
  resources: {
    Unit: {
      properties: {
        code: 'Mã đơn vị',
        name: 'Tên đơn vị',
        nameWithParent: 'Tên đơn vị',
        typeVi: 'Loại hình',
        kind: 'Cấp',
        mergedInto: 'Hợp nhất vào',
        mergedIntoId: 'Hợp nhất vào',
        parentId: 'Đơn vị cấp trên',
        predecessors: 'Đơn vị tiền thân',
        successors: 'Đơn vị kế thừa',
        history: 'Quá trình trực thuộc',
        ...commonProperties,
      },
      labels: { kind: enumValues(UNIT_KIND_LABELS_VI) },
    },
    ReorganisationPlan: {
      properties: {
        actNumber: 'Số hiệu văn bản',
        title: 'Trích yếu',
        signedOn: 'Ngày ký',
        effectiveDate: 'Có hiệu lực từ ngày',
        status: 'Trạng thái',
        summary: 'Kết quả áp dụng',
        appliedAt: 'Áp dụng lúc',
        ...commonProperties,
      },
      labels: { status: enumValues(PLAN_STATUS_LABELS_VI) },
    },
    PlanStep: {
      properties: { planId: 'Kế hoạch', ordinal: 'Thứ tự', kind: 'Bước', payload: 'Nội dung (theo mã đơn vị)', ...commonProperties },
      labels: { kind: enumValues(STEP_KIND_LABELS_VI) },
    },
    UnitLineage: {
      properties: { predecessorId: 'Đơn vị tiền thân', successorId: 'Đơn vị kế thừa', effectiveDate: 'Từ ngày', whole: 'Toàn bộ', planId: 'Kế hoạch', ...commonProperties },
    },
    Reorganisation: {
      properties: {
        kind: 'Hình thức',
        effectiveDate: 'Có hiệu lực từ ngày',
        unitCodes: 'Mã đơn vị',
        unitIds: 'Đơn vị',
        targetUnitId: 'Đơn vị cấp trên mới / đơn vị hợp nhất',
        summary: 'Nội dung',
        note: 'Căn cứ, ghi chú',
        createdByUserId: 'Người thực hiện',
        ...commonProperties,
      },
      labels: { kind: { MOVE: 'Chuyển đơn vị', MERGE: 'Hợp nhất, sáp nhập' } },
    },
    UnitLink: {
      properties: { unit: 'Đơn vị', unitId: 'Đơn vị', parent: 'Đơn vị cấp trên', parentId: 'Đơn vị cấp trên', ...commonProperties },
    },
    Person: {
      properties: { fullName: 'Họ và tên', staffNumber: 'Số hiệu cán bộ', staffType: 'Loại cán bộ', archivedAt: 'Ngày lưu trữ', ...commonProperties },
      labels: { staffType: enumValues(STAFF_TYPE_LABELS_VI) },
      actions: ARCHIVE_ACTIONS,
    },
    Appointment: {
      properties: {
        person: 'Cán bộ',
        personId: 'Cán bộ',
        unit: 'Đơn vị',
        unitId: 'Đơn vị',
        position: 'Chức vụ',
        acting: 'Quyền / phụ trách',
        ...commonProperties,
      },
      labels: { position: enumValues(POSITION_LABELS_VI) },
    },
    Absence: {
      properties: { person: 'Cán bộ', personId: 'Cán bộ', kind: 'Loại', note: 'Ghi chú', ...commonProperties },
      labels: { kind: enumValues(ABSENCE_KIND_LABELS_VI) },
    },
    User: {
      properties: {
        username: 'Tên đăng nhập',
        password: 'Mật khẩu mới',
        roles: 'Vai trò',
        person: 'Cán bộ',
        personId: 'Cán bộ',
        active: 'Đang hoạt động',
        email: 'Thư điện tử',
        emailNotifications: 'Nhận thông báo qua e-mail',
        archivedAt: 'Ngày lưu trữ',
        ...commonProperties,
      },
      labels: { roles: enumValues(ROLE_LABELS_VI) },
      actions: ARCHIVE_ACTIONS,
    },
    EvaluationPeriod: {
      properties: {
        kind: 'Loại kỳ', year: 'Năm', quarter: 'Quý', month: 'Tháng', startsOn: 'Từ ngày', endsOn: 'Đến ngày',
        deadline: 'Hạn hoàn thành', status: 'Trạng thái', closedAt: 'Khoá lúc', createdAt: 'Ngày mở',
      },
      labels: { kind: enumValues(PERIOD_KIND_LABELS_VI), status: { OPEN: 'Đang mở', CLOSED: 'Đã khoá' } },
    },
    Evaluation: {
      properties: {
        personId: 'Người được đánh giá', unitId: 'Đơn vị', periodId: 'Kỳ', position: 'Chức vụ', ruleSet: 'Bộ tiêu chí',
        raterPersonId: 'Người đánh giá', raterUnitId: 'Nhóm (đơn vị đánh giá)', status: 'Trạng thái', selfScore: 'Điểm tự chấm',
        narrative: 'Tự nhận xét', score: 'Điểm', computedLevel: 'Mức theo quy định', level: 'Xếp loại', reason: 'Lý do xếp thấp hơn',
        comment: 'Nhận xét của cấp trên', collectiveComment: 'Ý kiến tập thể', partyComment: 'Ý kiến cấp uỷ', explanation: 'Diễn giải',
        warnings: 'Cảnh báo', notifiedAt: 'Thông báo lúc', version: 'Phiên bản',
        generalScore: 'Tiêu chí chung (0–30)', taskScore: 'Kết quả nhiệm vụ (0–70)', tasksOnTimePercent: 'Tỷ lệ nhiệm vụ đúng hạn, đạt chất lượng (%)',
        tasksExceededPercent: 'Tỷ lệ nhiệm vụ vượt mức (%)', chosenLevel: 'Xếp loại thấp hơn mức tính (nếu có, nêu lý do)',
      },
      actions: { edit: 'Tự đánh giá / Đánh giá', approve: 'Phê duyệt' },
      labels: {
        status: enumValues(STATUS_LABELS_VI),
        level: enumValues(LEVEL_LABELS_VI),
        computedLevel: enumValues(LEVEL_LABELS_VI),
        position: enumValues(POSITION_LABELS_VI),
        ruleSet: enumValues(RULE_SET_LABELS_VI),
      },
    },
    QuotaException: {
      properties: { periodId: 'Kỳ', raterUnitId: 'Đơn vị đánh giá (nhóm)', reason: 'Lý do', createdByUserId: 'Người ghi nhận', createdAt: 'Ngày ghi nhận' },
    },
    SatisfactionResult: {
      properties: { unitId: 'Đơn vị', periodId: 'Kỳ', source: 'Nguồn', sampleSize: 'Số phiếu', percent: 'Tỷ lệ hài lòng (%)', components: 'Thành phần' },
      labels: { source: { CITY_INDEX: 'Chỉ số hài lòng của Thành phố', SIPAS: 'SIPAS', KIOSK: 'Máy đánh giá tại bộ phận một cửa' } },
    },
    UnitTarget: {
      properties: { unitId: 'Đơn vị', periodId: 'Kỳ', name: 'Chỉ tiêu, nhiệm vụ', completionPercent: 'Mức hoàn thành (%)', exceeded: 'Vượt chỉ tiêu' },
    },
    DisciplineCase: {
      properties: { personId: 'Cán bộ', form: 'Hình thức kỷ luật', openedOn: 'Ngày xem xét', decidedOn: 'Ngày quyết định', extended: 'Gia hạn (150 ngày)', decisionDeadline: 'Hạn ra quyết định', note: 'Ghi chú' },
      labels: { form: enumValues(DISCIPLINE_FORM_LABELS_VI) },
    },
    ForcingEvent: {
      properties: { personId: 'Cán bộ', kind: 'Sự việc', occurredOn: 'Ngày', document: 'Văn bản (số, ngày, cơ quan ban hành)', createdAt: 'Ghi nhận lúc' },
      labels: { kind: enumValues(FORCING_EVENT_LABELS_VI) },
    },
    IncomeCoefficient: { properties: { unitId: 'Đơn vị', periodId: 'Kỳ (quý)', k: 'Hệ số k' } },
    PersonPay: { properties: { personId: 'Cán bộ', monthlySalary: 'Lương ngạch bậc + phụ cấp chức vụ (đồng/tháng)', fixedMonthlyAmount: 'Mức khoán (đồng/tháng)' } },
    Payout: {
      properties: {
        periodId: 'Kỳ', unitId: 'Đơn vị', personId: 'Cán bộ', level: 'Xếp loại', monthlySalary: 'Lương tháng', fixedMonthlyAmount: 'Mức khoán',
        k: 'Hệ số k', factor: 'Hệ số xếp loại', daysAppointed: 'Số ngày công tác', amountBeforeCap: 'Số tiền trước giới hạn', scale: 'Tỷ lệ điều chỉnh', amount: 'Số tiền',
      },
      labels: { level: enumValues(LEVEL_LABELS_VI) },
    },
    FeedbackItem: {
      properties: {
        reference: 'Số tham chiếu', channel: 'Kênh', category: 'Lĩnh vực', content: 'Nội dung', contactName: 'Người phản ánh',
        contactPhone: 'Điện thoại', contactEmail: 'Thư điện tử', receivedAt: 'Tiếp nhận lúc', unitId: 'Đơn vị xử lý', dueAt: 'Hạn xử lý',
        status: 'Trạng thái', reply: 'Nội dung trả lời', repliedAt: 'Trả lời lúc', citizenSatisfied: 'Người dân hài lòng', overdue: 'Trễ hạn',
        dueProvisional: 'Hạn tạm tính', assignmentKind: 'Hình thức chuyển', progressNote: 'Cập nhật tiến độ', committedDate: 'Ngày cam kết hoàn thành',
      },
      labels: { status: enumValues(FEEDBACK_STATUS_LABELS_VI), channel: { HOTLINE: 'Đường dây nóng', WEB: 'Cổng thông tin', APP: 'Ứng dụng', ZALO: 'Zalo' } },
    },
    FeedbackAssignment: {
      properties: { itemId: 'Phản ánh', unitId: 'Đơn vị', assignedAt: 'Thời điểm', reason: 'Lý do', note: 'Ghi chú', dueAt: 'Hạn xử lý', assignedByUserId: 'Người chuyển' },
      labels: { reason: { INITIAL: 'Giao lần đầu', MISROUTED: 'Chuyển sai địa bàn', OTHER: 'Chuyển xử lý' } },
    },
    Inspection: {
      properties: {
        kind: 'Hình thức', method: 'Phương thức', unitId: 'Đơn vị được kiểm tra', startsOn: 'Từ ngày', endsOn: 'Đến ngày', status: 'Trạng thái',
        achievements: 'Ưu điểm', shortcomings: 'Hạn chế, thiếu sót', directions: 'Chỉ đạo, yêu cầu', concludedAt: 'Kết luận lúc',
      },
      labels: { kind: enumValues(INSPECTION_KIND_LABELS_VI), method: enumValues(INSPECTION_METHOD_LABELS_VI), status: enumValues(INSPECTION_STATUS_LABELS_VI) },
    },
    Finding: {
      properties: {
        inspectionId: 'Đợt kiểm tra', text: 'Nội dung', responsibleUnitId: 'Đơn vị chịu trách nhiệm', dueDate: 'Hạn khắc phục', status: 'Trạng thái',
        report: 'Báo cáo khắc phục', reportedAt: 'Báo cáo lúc', verifiedAt: 'Xác nhận lúc', verificationNote: 'Ý kiến đoàn kiểm tra', escalatedAt: 'Chuyển kiểm điểm lúc',
      },
      labels: { status: enumValues(FINDING_STATUS_LABELS_VI) },
      actions: { reject: 'Chưa đạt, yêu cầu khắc phục tiếp' },
    },
    ResponsibilityReview: {
      properties: { findingId: 'Nội dung kết luận', unitId: 'Đơn vị', personId: 'Người đứng đầu', openedOn: 'Ngày mở', conclusion: 'Kết luận kiểm điểm', closedOn: 'Ngày kết thúc' },
    },
    DisciplineDeferral: {
      properties: { caseId: 'Vụ việc kỷ luật', reason: 'Lý do tạm hoãn', validFrom: 'Từ ngày', validTo: 'Đến ngày' },
      labels: { reason: { ILLNESS: 'Đang điều trị bệnh', PREGNANCY: 'Đang mang thai', CHILD_UNDER_12_MONTHS: 'Nuôi con dưới 12 tháng', PROSECUTION: 'Đang bị truy cứu trách nhiệm hình sự' } },
    },
    Initiative: {
      properties: {
        title: 'Tên sáng kiến', unitId: 'Đơn vị đề xuất', status: 'Trạng thái', problem: 'Vấn đề, vướng mắc được tháo gỡ', content: 'Nội dung',
        scope: 'Phạm vi', timeline: 'Thời gian', resources: 'Nguồn lực', feasibility: 'Tính khả thi', expectedImpact: 'Hiệu quả dự kiến',
        submittedAt: 'Gửi lúc', reviewDueOn: 'Hạn thẩm định', progress: 'Tiến độ thẩm định', myPart: 'Phần của tôi', overdue: 'Quá hạn',
        resultExplanation: 'Kết quả thẩm định', decidedAt: 'Quyết định lúc', completedOn: 'Hoàn thành ngày', report: 'Báo cáo kết quả',
        reportDueOn: 'Hạn báo cáo', reportedOn: 'Báo cáo ngày', evaluationDueOn: 'Hạn đánh giá', evaluatedOn: 'Đánh giá ngày', updatedAt: 'Cập nhật',
      },
      labels: { status: enumValues(INITIATIVE_STATUS_LABELS_VI) },
      actions: { approve: 'Phê duyệt', reject: 'Không phê duyệt' },
    },
    InitiativeVote: {
      properties: {
        initiativeId: 'Sáng kiến', round: 'Vòng', userId: 'Thành viên', novelty: 'Tính mới (0–10)', feasibility: 'Tính khả thi (0–10)',
        impact: 'Tác động (0–10)', scope: 'Phạm vi (0–10)', vote: 'Biểu quyết', comment: 'Ý kiến', createdAt: 'Thời điểm',
      },
      labels: { vote: enumValues(VOTE_LABELS_VI) },
    },
    BoardMember: { properties: { userId: 'Thành viên', unitId: 'Đơn vị đại diện', chair: 'Tổ trưởng', validFrom: 'Từ ngày', validTo: 'Đến ngày' } },
    Setting: { properties: { key: 'Mã tham số (dùng trong hệ thống)', value: 'Giá trị (JSON)', description: 'Tham số', updatedAt: 'Cập nhật' } },
    CalendarDay: {
      properties: { day: 'Ngày', kind: 'Loại ngày', name: 'Tên ngày lễ / lý do' },
      labels: { kind: enumValues(CALENDAR_KIND_LABELS_VI) },
    },
    AuditEntry: {
      properties: {
        at: 'Thời điểm',
        tableName: 'Bảng dữ liệu',
        rowId: 'Mã bản ghi',
        row: 'Bản ghi',
        action: 'Thao tác',
        before: 'Trước khi đổi',
        after: 'Sau khi đổi',
        actorUserId: 'Người thực hiện',
        requestId: 'Mã yêu cầu',
        origin: 'Nguồn (graphql, admin, cli:…)',
      },
      labels: { action: { INSERT: 'Thêm mới', UPDATE: 'Sửa', DELETE: 'Xoá' } },
    },
  },
  messages: {
    successfullyBulkDeleted: 'Đã xoá {{count}} bản ghi',
    successfullyBulkDeleted_plural: 'Đã xoá {{count}} bản ghi',
    successfullyDeleted: 'Đã xoá bản ghi',
    successfullyUpdated: 'Đã cập nhật bản ghi',
    thereWereValidationErrors: 'Dữ liệu chưa hợp lệ — xem chi tiết bên dưới',
    forbiddenError: 'Bạn không được thực hiện thao tác {{actionName}} trên {{resourceId}}',
    anyForbiddenError: 'Bạn không được thực hiện thao tác này',
    successfullyCreated: 'Đã tạo bản ghi mới',
    bulkDeleteError: 'Có lỗi khi xoá các bản ghi',
    errorFetchingRecords: 'Có lỗi khi tải danh sách',
    errorFetchingRecord: 'Có lỗi khi tải bản ghi',
    noRecordsSelected: 'Bạn chưa chọn bản ghi nào',
    theseRecordsWillBeRemoved: 'Bản ghi sau sẽ bị xoá',
    theseRecordsWillBeRemoved_plural: 'Các bản ghi sau sẽ bị xoá',
    pickSomeFirstToRemove: 'Hãy chọn bản ghi cần xoá',
    error404Resource: 'Không tìm thấy danh mục {{resourceId}}',
    error404Action: 'Danh mục {{resourceId}} không có thao tác {{actionName}} hoặc bạn không có quyền',
    error404Record: 'Danh mục {{resourceId}} không có bản ghi {{recordId}} hoặc bạn không có quyền',
    seeConsoleForMore: 'Xem nhật ký để biết thêm chi tiết',
    noActionComponent: 'Thao tác chưa có giao diện',
    noRecordsInResource: 'Không tìm thấy bản ghi nào (theo bộ lọc đang dùng, nếu có)',
    noRecords: 'Không có bản ghi',
    confirmDelete: 'Bạn có chắc muốn xoá mục này?',
    confirmRecordResult: 'Ghi nhận kết quả với các phiếu đã có? (chỉ tổ trưởng, sau hạn thẩm định)',
    confirmApproveInitiative: 'Phê duyệt sáng kiến này?',
    confirmApproveEvaluation: 'Phê duyệt kết quả đánh giá này? (kiểm tra tỷ lệ xuất sắc của nhóm với kỳ năm)',
    confirmRejectInitiative: 'Không phê duyệt sáng kiến này?',
    confirmVerifyRemediation: 'Xác nhận đơn vị đã khắc phục nội dung này?',
    confirmRejectRemediation: 'Trả lại: đơn vị chưa khắc phục đạt yêu cầu?',
    confirmApplyPlan: 'Áp dụng kế hoạch sắp xếp? Đơn vị, bổ nhiệm và công việc đang mở sẽ chuyển theo kế hoạch trong một lần.',
    confirmWithdrawPlan: 'Rút kế hoạch này? Kế hoạch đã rút không thể áp dụng.',
    confirmClosePeriod: 'Khoá kỳ đánh giá? Sau khi khoá chỉ còn giải quyết khiếu nại; kỳ quý sẽ được tính thu nhập tăng thêm.',
    welcomeOnBoard_title: 'Chào mừng đến với hệ thống đánh giá công vụ',
    welcomeOnBoard_subtitle: 'Chọn một mục ở thanh bên trái để bắt đầu.',
    invalidCredentials: 'Sai tên đăng nhập hoặc mật khẩu',
    keyPlaceholder: 'KHOÁ',
    valuePlaceholder: 'GIÁ TRỊ',
    initialKey: 'Khoá-{{number}}',
    keyInUse: 'Khoá phải là duy nhất',
    keyValuePropertyDefaultDescription: 'Mọi giá trị được lưu dạng văn bản; khoá phải là duy nhất.',
    pageNotFound_title: 'Không tìm thấy trang',
    pageNotFound_subtitle: 'Trang <strong>"{{pageName}}"</strong> không tồn tại',
    componentNotFound_title: 'Chưa có thành phần giao diện',
    componentNotFound_subtitle: 'Mục này chưa có thành phần giao diện để hiển thị',
  },
};

type Labels = Record<string, { properties?: Record<string, string>; labels?: Record<string, Record<string, string> | undefined> } | undefined>;

/** A field's Vietnamese name in a resource's form ("novelty" → "Tính mới (0–10)"), when it has one. */
export function propertyLabelVi(resourceId: string, path: string): string | undefined {
  const own = (viTranslations.resources as Labels)[resourceId]?.properties?.[path];
  return own ?? (viTranslations.properties as Record<string, string | undefined>)[path];
}

/** An enum value's Vietnamese label in a resource ("status", "APPROVED" → "Đã phê duyệt"), as the panel shows it. */
export function valueLabelVi(resourceId: string, path: string, value: string): string | undefined {
  return (viTranslations.resources as Labels)[resourceId]?.labels?.[path]?.[value];
}
