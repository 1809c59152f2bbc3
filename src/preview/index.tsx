import { createRoot } from "react-dom/client";
import { Pratinjau } from "./Pratinjau";

const container = document.getElementById("root");
if (container) createRoot(container).render(<Pratinjau />);
