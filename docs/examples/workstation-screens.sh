#!/bin/bash
# Every main screen of the workstation, as docs/workstation.md ("Every screen in both languages") shows them:
#   xvfb-run -a -s "-screen 0 1600x1000x24" docs/examples/workstation-screens.sh LANGUAGE DB OUT SIGN-IN-TITLE USERS-TITLE
# run from the repository, on a database holding a recorded session and the users li (administrator, password
# head-of-desk-1, account 1001) and chen (risk officer). The coordinates are those of a 1600x1000 screen.
L=$1; DB=$2; O=$3
openbox & sleep 1
./desk --db $DB --language $L &
DESK=$!
shot() { sleep ${2:-2}; import -window root $O-$1.png; }
W=; for i in $(seq 1 150); do W=$(xdotool search --name "$4" | head -1); [ -n "$W" ] && break; sleep 1; done
sleep 4; xdotool windowactivate --sync $W
xdotool type --delay 80 chen; xdotool key Tab; xdotool type --delay 80 not-the-one; xdotool key Return; sleep 10
xdotool mousemove 1300 900; shot signin 1
xdotool windowactivate --sync $W; xdotool key shift+Tab ctrl+a; xdotool type --delay 80 li; xdotool key Tab
xdotool type --delay 80 head-of-desk-1; sleep 1; xdotool key Return; sleep 4
if xdotool search --name "$4" >/dev/null; then xdotool windowactivate --sync $W key Tab space; fi; sleep 40
# trading: H100-YRD-2027M01 chosen (the second row: the watch opens on the live session's front months; the Chinese
# filter bar holds one row at 1600, the English two), a buy through the offer, a bid under it
wy=249; [ "$L" = zh ] && wy=213
xdotool mousemove 58 $wy click 1; sleep 3
# the ticket's price field, and Buy pinned at the foot of the ticket (it stays put whatever the answer under it says)
xdotool mousemove 1428 314 click --repeat 3 1; xdotool type "22.60"; xdotool mousemove 1264 517 click 1; sleep 4
xdotool mousemove 1428 314 click --repeat 3 1; xdotool type "21.80"; xdotool mousemove 1264 517 click 1; sleep 4
xdotool mousemove 1428 314 click --repeat 3 1; xdotool type "99.00"; xdotool mousemove 1264 517 click 1; sleep 4
xdotool mousemove 1560 990; shot trading 6
# the lower panels' tabs: the top row takes three fifths of the height
xdotool mousemove 124 615 click 1; sleep 2; xdotool mousemove 1560 990; shot account 4
xdotool mousemove 248 615 click 1; sleep 2; xdotool mousemove 1560 990; shot autoquoter-tab 4
# the Charts panel's Curve tab: its Chinese title (曲线) is narrower, so the tab sits further left
cx=1066; [ "$L" = zh ] && cx=1018
xdotool mousemove $cx 652 click 1; sleep 2; xdotool mousemove 1560 990; shot curve 4
# users window
xdotool mousemove 26 38 click 1; sleep 1; xdotool key Down Return; shot users 4
U=$(xdotool search --name "$5" | head -1); if [ -n "$U" ]; then xdotool windowactivate --sync $U key alt+F4; else xdotool key Escape; fi; sleep 2
# risk workspace
xdotool key ctrl+2; sleep 8; xdotool mousemove 1560 990; shot risk 3
xdotool mousemove 956 109 click 1; sleep 1; xdotool type --delay 20 "docs/examples/risk-request.json"; xdotool key Return; sleep 6
xdotool mousemove 781 149 click 1; sleep 2; xdotool key Down Down Return; sleep 2
xdotool mousemove 742 191 click 1; sleep 20; xdotool mousemove 1560 990; shot scenarios 2
xdotool mousemove 1150 229 click 1; xdotool mousemove 1560 990; shot explain 3
n=0; for y in 469 495 521 547 573 599; do n=$((n+1)); xdotool mousemove 65 $y click 1; sleep 4;
  # Enter in a field of the form's second row computes; x=420 is inside the field in both languages (the English
  # captions are wider: at x=346 the click missed the outage cover's field and Enter computed nothing). Enter waits
  # for the click's focus: sent at once, on a loaded machine it reached the form before the field had the focus
  # and the Chinese calculators were pictured empty.
  f=508; [ $n = 2 ] && f=539; xdotool mousemove 420 $f click 1; sleep 2; xdotool key Return; sleep 8;
  xdotool mousemove 300 800 click --repeat 15 5; xdotool mousemove 1560 990; shot calc$n 2; done
# sessions: the outage wave is the library's second row (the live calm month, recording, is the first): chosen and
# opened with Open, then two hours in on the slider
xdotool key ctrl+3; sleep 15; xdotool mousemove 100 236 click 1; sleep 1; xdotool mousemove 36 115 click 1; sleep 10
xdotool mousemove 653 137 click 1; sleep 1; xdotool key Right; sleep 1; xdotool key Right; sleep 20
xdotool mousemove 1560 990; shot sessions 1
# the Report tab: its Chinese title (报告) is narrower, so the tab sits further left (at 524 the click missed it)
rx=524; [ "$L" = zh ] && rx=495
xdotool mousemove $rx 179 click 1; sleep 6; shot sessions-report 1
# Quit from the desk's own window (a key goes to whichever window has the keyboard; $W is the sign-in window, gone by
# now), then wait while the desk stops its session and exchange: Xvfb closing under a desk still stopping ended it.
D=$(xdotool search --name "^(Suanli Desk|算力交易台) —" | head -1)
xdotool windowactivate --sync $D key ctrl+1; sleep 2; xdotool windowactivate --sync $D key ctrl+q
for i in $(seq 1 60); do kill -0 $DESK 2>/dev/null || break; sleep 1; done
kill -0 $DESK 2>/dev/null && echo "workstation-screens: the desk did not quit on Ctrl+Q" >&2
