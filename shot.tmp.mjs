import { chromium } from "playwright-core";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless","--no-sandbox","--disable-gpu","--enable-unsafe-swiftshader","--disable-quic","--no-first-run","--disable-background-networking","--disable-component-update","--disable-sync"] });
const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
page.on("pageerror", (e) => console.log("pageerror:", e.message));
page.on("console", (m) => m.type() === "error" && console.log("console:", m.text()));
await page.goto("http://127.0.0.1:5391/");
await page.waitForFunction(() => window.panelgraph?.ready);
if (!(await page.isVisible("#review"))) await page.click("#review-open");
await page.waitForSelector(".review-item");
const steps = process.argv.slice(2);
for (const step of steps) {
  if (step.startsWith("key:")) await page.keyboard.press(step.slice(4));
  else if (step.startsWith("wait:")) await page.waitForTimeout(Number(step.slice(5)));
  else if (step.startsWith("shot:")) await page.screenshot({ path: step.slice(5) });
  else if (step.startsWith("eval:")) console.log(JSON.stringify(await page.evaluate(step.slice(5))));
  else if (step.startsWith("type:")) await page.keyboard.type(step.slice(5));
  else if (step.startsWith("click:")) await page.click(step.slice(6));
}
await browser.close();
