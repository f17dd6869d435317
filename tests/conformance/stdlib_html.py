import html
from html.parser import HTMLParser
from html.entities import name2codepoint, codepoint2name
print(html.escape('<a href="x">Tom & "Jerry\'s"</a>'), html.escape("<b>", quote=False))
print(html.unescape("&lt;p&gt;caf&eacute; &amp; &#233; &#x41; &notanentity; &copy2023 &amp"))
print(name2codepoint["eacute"], codepoint2name[169], len(html.entities.html5) > 2000)
class P(HTMLParser):
    def handle_starttag(self, tag, attrs): print("start", tag, attrs)
    def handle_endtag(self, tag): print("end", tag)
    def handle_data(self, data):
        if data.strip(): print("data", repr(data))
    def handle_comment(self, data): print("comment", repr(data))
    def handle_entityref(self, name): print("entity", name)
    def handle_startendtag(self, tag, attrs): print("startend", tag, attrs)
p = P(convert_charrefs=True)
p.feed('<!DOCTYPE html><html><head><title>T &amp; S</title></head><body class="main" id=b>'
       '<p>Hello <b>world</b>!<br/><img src="a.png" alt=""></p><!-- note --><script>if (a < b) x();</script></body></html>')
p.close()
