import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import MailerNotificationService from "./service"

export default ModuleProvider(Modules.NOTIFICATION, {
  services: [MailerNotificationService],
})
