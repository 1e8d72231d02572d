// The README's five-minute tour, preloaded as GraphiQL tabs (tests/test_pages.py checks every query of the tour
// is here, word for word). Placeholders in angle brackets are filled in from the previous steps' answers.

export interface TourStep {
  title: string;
  query: string;
  headers: Record<string, string>;
}

const demo = { "X-Merchant": "demo" };
const signedIn = { "X-Merchant": "demo", Authorization: "Bearer <token>" };

export const tour: TourStep[] = [
  {
    title: "1. Browse the catalog",
    headers: demo,
    query: `query BrowseCatalog {
  merchant { name currency }
  products(first: 5, orderBy: [{field: PRICE, direction: DESC}]) {
    totalCount
    edges { node { id sku title price { amount currency } available } }
  }
}`,
  },
  {
    title: "2. Sign in",
    headers: demo,
    query: `mutation SignIn {
  tokenCreate(input: {login: "buyer1@demo.fenxiao.dev", password: "fenxiao-demo-2026"}) {
    token
    errors { field code message }
  }
}`,
  },
  {
    title: "3. Place an order",
    headers: signedIn,
    query: `mutation PlaceOrder {
  orderPlace(input: {
    lines: [{productId: "<product id>", quantity: 2}]
    shippingAddress: {name: "王小明", phone: "13800138000", regionCode: "310104", address: "天钥桥路 1 号"}
  }) {
    order { number status total { amount } lines { title quantity total { amount } } }
    errors { field code message }
  }
}`,
  },
  {
    title: "Stores near",
    headers: demo,
    query: `query StoresNear { storesNear(latitude: 31.19, longitude: 121.44, radiusKm: 10) { edges { distanceM node { id name address hours { weekday opens closes } } } } }`,
  },
  {
    title: "Pay with WeChat Pay",
    headers: signedIn,
    query: `mutation PayWithWeChat {
  orderPay(input: {orderId: "<order id>", gateway: "wechat", method: "native", idempotencyKey: "pay-<order number>"}) {
    client               # {"method": "native", "codeUrl": "weixin://wxpay/bizpayurl?pr=sandbox…"}: the QR payload to show
    order { status }     # PENDING_PAYMENT until WeChat Pay says it is paid
    errors { field code message }
  }
}`,
  },
  {
    title: "4. Look at your money",
    headers: signedIn,
    query: `query MyWallet { wallet { available { amount } withdrawing { amount } entries(first: 5) { edges { node { kind amount { amount } } } } } }`,
  },
];
