#include "core/store/library.h"
