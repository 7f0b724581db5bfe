"""factscope's persistence on TinyDB: the corpus DB and the per-user DB.

Never imports Textual (checked by tests/test_border.py).
"""

import atexit as _atexit
import gc as _gc
import os as _os

# numpy's OpenBLAS starts a thread per core when numpy is imported, for matrix products factscope never
# asks for (its arrays are sorted, searched and gathered: no BLAS call); one thread spares that start in
# every process that maps a derived file (`factscope add` 20-25 ms CPU, ~60 ms wall on 2 cores). Set
# before anything imports numpy (the store is imported first); a value the user set is kept.
_os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

# At the process's end, what it still holds is left to the operating system: the interpreter's last
# collections would scan every object alive (at 100k claims `factscope add` holds the parsed catalogue
# and the extraction's modules: 0.05-0.075 s CPU of its 0.5). An exit hook freezes them out of the
# collector's way (``gc.freeze``): it runs after the threads have been waited for and before those
# collections. The store is imported once per process: registered once.
_atexit.register(_gc.freeze)
