// The console's words in Chinese (the default) and English. The API's own messages follow the same choice
// through Accept-Language (schema/messages.py); codes stay the same in both.
import { createI18n } from "vue-i18n";
import { session } from "./session";

const zh = {
  app: { title: "分销管理后台", signOut: "退出登录", merchant: "商户", language: "语言", graphiql: "GraphQL 调试", noAccess: "当前角色无权访问此页面" },
  signIn: { title: "登录", login: "账号（邮箱或手机号）", password: "密码", submit: "登录", chooseMerchant: "选择商户", noMerchant: "此账号不属于任何商户的员工", failed: "登录失败" },
  menu: { dashboard: "数据统计", workflows: "业务处理", withdrawals: "提现审核", applications: "申请审核", plugins: "分销设置", data: "数据管理", core: "基础数据",
          orders: "订单管理", social: "分销员网络", resellers: "订货商与云仓", territories: "代理区域", pickups: "门店核销", suppliers: "供应商", audit: "操作日志" },
  applications: { applicant: "申请人", answers: "申请资料", level: "等级", upline: "上级", region: "区域", company: "公司", contact: "联系人", licence: "营业执照", categories: "经营类目", note: "备注（可选）" },
  network: { social: "分销员网络", team: "团队", sales: "业绩", move: "调整上级", newUpline: "新上级（留空：设为顶级）", rootHint: "按分享码搜索分销员", byCode: "分享码", resellers: "订货商与云仓", tree: "订货商层级", purchases: "累计进货", cloudStock: "云仓库存", chooseReseller: "选择一个订货商", product: "商品", units: "数量", reserved: "已预留", cost: "成本", stockReport: "虚拟库存与实物库存", physical: "实物在库", virtual: "云仓应付", shortfall: "缺口", territories: "代理区域", more: "……另有 {n} 人（按分享码查找）", allRegions: "全部", vacant: "空缺", held: "已代理", until: "到期" },
  pickups: { title: "门店核销", store: "门店", code: "提货码", check: "查询", handOver: "确认核销", handedOver: "已核销", ready: "待提货", waiting: "备货中", done: "已提货", chooseStore: "请选择门店", readyAt: "备好时间", expires: "过期时间", markReady: "标记备好" },
  suppliers: { changes: "商品变更待审", supplier: "供应商", what: "类型", edit: "修改", new: "新商品", before: "原值", proposed: "新值", askChanges: "退回修改", decide: "审核", statements: "对账单", period: "周期", earned: "应结", refunded: "退款", adjusted: "调整", payable: "应付", depositUsed: "扣保证金", closingDebt: "期末欠款", all: "全部供应商", rate: "平台佣金" },
  orders: { title: "订单管理", number: "订单号", total: "金额", refunded: "已退款", items: "商品", placed: "下单时间", ship: "发货", refund: "退款", carrier: "快递公司", tracking: "运单号",
            status: { PENDING_PAYMENT: "待付款", PAID: "待发货", SHIPPED: "已发货", READY_FOR_PICKUP: "待自提", COMPLETED: "已完成", REFUNDED: "已退款", CANCELLED: "已取消" } },
  plugin: { b2b2c_social: "社交分销", b2b_agent: "区域代理", b2b_ordering: "云仓订货", store_pickup: "门店自提", supplier: "供应商" },
  list: { search: "查询", reset: "重置", create: "新建", columns: "显示列", total: "共 {n} 条", previous: "上一页", next: "下一页", pageSize: "每页", empty: "暂无数据", from: "从", to: "至", any: "全部", yes: "是", no: "否", moreFilters: "更多筛选", fewerFilters: "收起筛选" },
  detail: { title: "详情", edit: "编辑", delete: "删除", confirmDelete: "确定删除这条记录吗？", deleted: "已删除", back: "返回" },
  form: { save: "保存", cancel: "取消", saved: "已保存", required: "必填", amount: "请输入金额，最多两位小数", percent: "请输入百分比，最多两位小数", integer: "请输入整数", json: "JSON 格式不正确", search: "输入关键字搜索", globalId: "输入全局 ID", yuan: "元" },
  withdrawals: { queue: "待审核", all: "全部", member: "申请人", amount: "金额", method: "方式", status: "状态", payout: "打款", requested: "申请时间", approve: "通过", reject: "驳回", reason: "驳回原因", reasonRequired: "请填写驳回原因", approved: "已通过", rejected: "已驳回", markPaid: "标记已打款", reference: "打款流水号" },
  plugins: { enabled: "启用", save: "保存配置", saved: "配置已保存", warnings: "合规提示", version: "版本" },
  dashboard: { sales: "销售额（元）", orders: "订单数", byMode: "按模式", from: "开始日期", to: "结束日期", commission: "佣金", accrued: "待结算", frozen: "售后冻结", available: "可提现", withdrawing: "提现中", withdrawn: "已提现", top: "排行榜", pending: "待处理", refresh: "刷新", net: "净销售额", refunds: "退款" },
  modes: { direct: "直营", social: "社交分销", reseller: "云仓订货", agent: "区域代理", store: "门店", supplier: "供应商" },
  pending: { withdrawals: "待审核提现", refundRequests: "售后待处理", socialApplications: "分销员申请", agentApplications: "代理申请", resellerApplications: "订货商申请", supplierApplications: "供应商入驻", supplierChanges: "商品变更待审", pickupsToPrepare: "待备货自提单" },
};

const en: typeof zh = {
  app: { title: "Distribution console", signOut: "Sign out", merchant: "Merchant", language: "Language", graphiql: "GraphiQL", noAccess: "Your role cannot open this page" },
  signIn: { title: "Sign in", login: "Account (email or phone)", password: "Password", submit: "Sign in", chooseMerchant: "Choose a merchant", noMerchant: "This account is not on the staff of any merchant", failed: "Sign-in failed" },
  menu: { dashboard: "Dashboard", workflows: "Work", withdrawals: "Withdrawals", applications: "Applications", plugins: "Distribution settings", data: "Data", core: "Core",
          orders: "Orders", social: "Distributor network", resellers: "Resellers & cloud stock", territories: "Territories", pickups: "Store pickup", suppliers: "Suppliers", audit: "Audit log" },
  applications: { applicant: "Applicant", answers: "Answers", level: "Level", upline: "Upline", region: "Region", company: "Company", contact: "Contact", licence: "Business licence", categories: "Categories", note: "Note (optional)" },
  network: { social: "Distributor network", team: "team", sales: "sales", move: "Move", newUpline: "New upline (leave empty: a root)", rootHint: "Find a distributor by share code", byCode: "Share code", resellers: "Resellers & cloud stock", tree: "Reseller tree", purchases: "purchases", cloudStock: "Cloud stock", chooseReseller: "Choose a reseller", product: "Product", units: "Units", reserved: "Reserved", cost: "Cost", stockReport: "Virtual vs physical stock", physical: "On hand", virtual: "Owed to resellers", shortfall: "Shortfall", territories: "Territories", more: "… {n} more (find them by share code)", allRegions: "All", vacant: "Vacant", held: "Held", until: "until" },
  pickups: { title: "Store pickup", store: "Store", code: "Pickup code", check: "Check", handOver: "Hand over", handedOver: "Handed over", ready: "Ready", waiting: "Being prepared", done: "Collected", chooseStore: "Choose a store", readyAt: "Ready at", expires: "Expires", markReady: "Mark ready" },
  suppliers: { changes: "Catalogue changes", supplier: "Supplier", what: "Kind", edit: "Change", new: "New product", before: "Before", proposed: "Proposed", askChanges: "Ask for changes", decide: "Decide", statements: "Statements", period: "Period", earned: "Earned", refunded: "Refunded", adjusted: "Adjusted", payable: "Payable", depositUsed: "From deposit", closingDebt: "Closing debt", all: "All suppliers", rate: "Platform rate" },
  orders: { title: "Orders", number: "Order number", total: "Total", refunded: "Refunded", items: "Items", placed: "Placed", ship: "Ship", refund: "Refund", carrier: "Carrier", tracking: "Tracking number",
            status: { PENDING_PAYMENT: "Awaiting payment", PAID: "To ship", SHIPPED: "Shipped", READY_FOR_PICKUP: "Ready for pickup", COMPLETED: "Completed", REFUNDED: "Refunded", CANCELLED: "Cancelled" } },
  plugin: { b2b2c_social: "Social distribution", b2b_agent: "Regional agents", b2b_ordering: "Cloud-warehouse ordering", store_pickup: "Store pickup", supplier: "Suppliers" },
  list: { search: "Search", reset: "Reset", create: "New", columns: "Columns", total: "{n} in all", previous: "Previous", next: "Next", pageSize: "Per page", empty: "Nothing here", from: "from", to: "to", any: "Any", yes: "Yes", no: "No", moreFilters: "More filters", fewerFilters: "Fewer filters" },
  detail: { title: "Details", edit: "Edit", delete: "Delete", confirmDelete: "Delete this record?", deleted: "Deleted", back: "Back" },
  form: { save: "Save", cancel: "Cancel", saved: "Saved", required: "Required", amount: "An amount with at most two decimals", percent: "A percentage with at most two decimals", integer: "A whole number", json: "Not valid JSON", search: "Type to search", globalId: "Type the global ID", yuan: "yuan" },
  withdrawals: { queue: "To review", all: "All", member: "Member", amount: "Amount", method: "Method", status: "Status", payout: "Payout", requested: "Requested", approve: "Approve", reject: "Reject", reason: "Reason for rejecting", reasonRequired: "Say why it is rejected", approved: "Approved", rejected: "Rejected", markPaid: "Mark paid", reference: "Payout reference" },
  plugins: { enabled: "Enabled", save: "Save settings", saved: "Settings saved", warnings: "Compliance notes", version: "Version" },
  dashboard: { sales: "Sales (yuan)", orders: "Orders", byMode: "By mode", from: "From", to: "To", commission: "Commission", accrued: "Accrued", frozen: "Frozen (after-sales)", available: "Available", withdrawing: "Being withdrawn", withdrawn: "Withdrawn", top: "Top earners", pending: "Waiting for you", refresh: "Refresh", net: "Net sales", refunds: "Refunds" },
  modes: { direct: "Direct", social: "Social", reseller: "Reseller shop", agent: "Agent territory", store: "Store", supplier: "Supplier" },
  pending: { withdrawals: "Withdrawals to review", refundRequests: "After-sales cases open", socialApplications: "Distributor applications", agentApplications: "Agent applications", resellerApplications: "Reseller applications", supplierApplications: "Supplier applications", supplierChanges: "Catalogue changes to review", pickupsToPrepare: "Pickups to prepare" },
};

export const messages = { "zh-CN": zh, en };

export const i18n = createI18n({ legacy: false, locale: session.locale, fallbackLocale: "en", messages });

/** Column and model names for generated pages: humanised in English; the usual ones translated in Chinese. */
const WORDS_ZH: Record<string, string> = {
  id: "ID", sku: "SKU", title: "名称", name: "名称", displayName: "名称", price: "价格", status: "状态", createdAt: "创建时间",
  updatedAt: "更新时间", description: "描述", amount: "金额", total: "合计", number: "编号", currency: "币种", quantity: "数量",
  email: "邮箱", phone: "手机号", address: "地址", code: "编码", kind: "类型", level: "等级", rateBps: "比例", memo: "备注",
  reason: "原因", note: "备注", merchant: "商户", buyerId: "买家", orderId: "订单", productId: "商品", userId: "用户",
  warehouseId: "仓库", onHand: "在库", reserved: "已预留", available: "可售", balance: "余额", method: "方式",
  Product: "商品", Warehouse: "仓库", StockLevel: "库存", StockMovement: "库存流水", Order: "订单", Payment: "支付", Shipment: "发货",
  Refund: "退款", RefundRequest: "售后", Membership: "成员", Account: "账户", LedgerTransaction: "账务交易", LedgerEntry: "账务分录",
  Commission: "佣金", AuditEntry: "操作日志", Withdrawal: "提现",
};

export function humanise(name: string): string {
  if (session.locale === "zh-CN" && WORDS_ZH[name]) return WORDS_ZH[name];
  const words = name.replace(/Id$/, "").replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** An instant as the user reads it, in the console's language. */
export function when(iso: string | null | undefined): string {
  return iso ? new Date(iso).toLocaleString(session.locale) : "";
}
