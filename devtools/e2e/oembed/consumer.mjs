// What an oEmbed consumer makes of the site's answers: the maintained
// library a CMS plugin would use asks for an address and prints what it
// got, as JSON, or the error. With an endpoint, the site is a provider of
// the library's list; with "discover", the library finds the answer from
// the page's discovery link, as for a site it does not know.
//
//   node consumer.mjs ORIGIN/oembed|discover ADDRESS [MAXWIDTH MAXHEIGHT]
//
// The library asks a provider's endpoint over https; the tests' site
// serves plain HTTP on the loopback, so its fetch goes there over HTTP.
import { extract, setProviderList } from "@extractus/oembed-extractor";

const [endpoint, address, maxwidth, maxheight] = process.argv.slice(2);
const origin = new URL(address).origin;
if (endpoint === "discover") {
  setProviderList([]);
} else {
  setProviderList([{
    provider_name: "partnership",
    provider_url: origin,
    endpoints: [{ schemes: [origin + "/*"], url: endpoint }],
  }]);
}
const plain = origin.replace(/^http:/, "https:");
const fetcher = (url) => fetch(url.startsWith(plain) ? "http:" + url.slice("https:".length) : url);
const params = {};
if (maxwidth) params.maxwidth = Number(maxwidth);
if (maxheight) params.maxheight = Number(maxheight);
try {
  console.log(JSON.stringify(await extract(address, params, fetcher)));
} catch (err) {
  console.log(JSON.stringify({ error: String((err && err.message) || err) }));
}
