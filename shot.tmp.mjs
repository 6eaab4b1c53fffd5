import { chromium } from "playwright-core";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless","--no-sandbox","--disable-gpu","--enable-unsafe-swiftshader","--disable-quic","--no-first-run","--disable-background-networking","--disable-component-update","--disable-sync"] });
const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
page.on("console", (m) => console.log("console:", m.type(), m.text()));
page.on("pageerror", (e) => console.log("pageerror:", e.message));
await page.goto("http://127.0.0.1:5391/");
await page.waitForFunction(() => window.panelgraph?.ready);
await page.click("#review-open");
await page.waitForSelector(".review-item");
await page.screenshot({ path: "/tmp/review1.png" });
const script = process.argv[2];
if (script) { await eval(script); }
await browser.close();
