"""Child processes the benchmark times as a whole: they print one line when done."""

BARE_WINDOW = """
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("Rapporteur"))
window.resize(1100, 700)
window.show()
app.processEvents()
window.repaint()
print("shown", flush=True)
"""

# The bare window's own peak memory, measured like ours (VmHWM of the process).
BARE_MEMORY = """
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("Rapporteur"))
window.resize(1100, 700)
window.show()
for _ in range(20):
    app.processEvents()
with open("/proc/self/status") as status:
    print(next(int(line.split()[1]) for line in status if line.startswith("VmHWM")), flush=True)
"""

MEMORY = """
import resource, sys
from PySide6.QtWidgets import QApplication
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.main_window import MainWindow
app = QApplication([])
services = Services.open(sys.argv[1])
window = MainWindow(services)
window.show()
window.open_session(int(sys.argv[2]))
window.show_console()
for _ in range(20):
    app.processEvents()
window.tabs.setCurrentIndex(2)
for _ in range(20):
    app.processEvents()
# VmHWM is this process's own peak; ru_maxrss would also count the benchmark
# process it was forked from (Linux keeps the larger across exec).
try:
    with open("/proc/self/status") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM"))
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(peak, flush=True)
"""
